package vn.thidua.evaluation.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.adjust.AdjustmentOutcome;
import vn.thidua.evaluation.grading.Evaluated;
import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.RankKey;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.Grade;

/** The run's accountability sheets: the adjustments audit and the rules the run applied. */
final class AuditTables {

    private AuditTables() {
    }

    static ExportTable adjustments(List<AdjustmentOutcome> outcomes) {
        List<List<Cell>> rows = new ArrayList<>();
        for (AdjustmentOutcome o : outcomes) {
            var a = o.adjustment();
            rows.add(List.of(Cell.integer(a.line()), Cell.text(a.unitCode()), Cell.text(a.target()), Cell.text(a.newValue()),
                    Cell.text(a.reason()), Cell.text(a.enteredBy()), Cell.text(VietnameseFormat.date(a.enteredOn())),
                    Cell.text(o.status().labelVi()), Cell.text(readable(a, o.before())), Cell.text(readable(a, o.after())),
                    Cell.text(o.message())));
        }
        return new ExportTable("Phúc tra", "dieu-chinh-phuc-tra.csv", "Các điều chỉnh sau phúc tra và kết quả áp dụng",
                List.of("Dòng", "Mã đơn vị", "Tiêu chí / xếp loại", "Giá trị mới", "Lý do", "Người nhập", "Ngày nhập",
                        "Trạng thái", "Trước", "Sau", "Ghi chú"), rows);
    }

    /** The rules in force, for a reader of the workbook alone (sheet only; the manifest has them for machines). */
    static ExportTable information(Evaluated evaluated, Rubric rubric, String snapshotId) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("Bộ tiêu chí"), Cell.text(rubric.version() + " — " + rubric.titleVi())));
        rows.add(List.of(Cell.text("Năm đánh giá"), Cell.integer(rubric.year())));
        rows.add(List.of(Cell.text("Bản số liệu (snapshot)"), Cell.text(snapshotId)));
        var g = rubric.grades();
        rows.add(List.of(Cell.text(Grade.XUAT_SAC.labelVi()), Cell.text("từ " + plain(g.topMin())
                + " điểm và không tiêu chí nào dưới " + g.topMinCriterionShareVi() + " số điểm")));
        rows.add(List.of(Cell.text(Grade.TOT.labelVi()), Cell.text("từ " + plain(g.goodMin()) + " điểm")));
        rows.add(List.of(Cell.text(Grade.HOAN_THANH.labelVi()), Cell.text("từ " + plain(g.passMin()) + " điểm")));
        rows.add(List.of(Cell.text(Grade.KHONG_HOAN_THANH.labelVi()), Cell.text("dưới " + plain(g.passMin()) + " điểm")));
        rows.add(List.of(Cell.text("Điều kiện xếp loại"), Cell.text("hoạt động đủ " + rubric.eligibility().minMonthsOpen()
                + " tháng (" + rubric.eligibility().minMonthsAfterReorganisation() + " tháng sau sáp nhập, chia tách) đến "
                + VietnameseFormat.date(rubric.eligibility().asOf()))));
        rubric.cap().ifPresent(c -> rows.add(List.of(Cell.text("Tỷ lệ xuất sắc tối đa mỗi cụm"),
                Cell.text(c.maxShareVi() + " số đơn vị được chấm điểm (làm tròn xuống)"))));
        rows.add(List.of(Cell.text("Thứ tự xếp hạng"), Cell.text(RankKey.describeVi(rubric.ranking()))));
        for (Criterion c : rubric.criteria()) {
            rows.add(List.of(Cell.text(c.code() + " — " + c.labelVi()), Cell.text("Nội dung " + c.content() + "; chỉ tiêu "
                    + c.indicator() + "; " + points(c.points().doubleValue()) + " điểm; " + c.scoring().describeVi())));
        }
        rows.add(List.of(Cell.text("Đơn vị đã giải thể trước năm đánh giá (không liệt kê)"), Cell.integer(evaluated.closedBeforeYear())));
        return new ExportTable("Thông tin", null, "Căn cứ đánh giá", List.of("Mục", "Nội dung"), rows);
    }

    /** The audit keeps machine values (7.50, tot); the sheet shows 7,50 and "Hoàn thành tốt nhiệm vụ". */
    private static String readable(Adjustment a, String value) {
        if (value == null) {
            return "";
        }
        return a.isGrade() ? Grade.fromCode(value).labelVi() : points(Double.parseDouble(value));
    }

    /** A threshold as the rubric gives it: 85 — 72,5. */
    private static String plain(BigDecimal threshold) {
        return VietnameseFormat.number(threshold.doubleValue(), 2);
    }

    /** Points always with two decimals: 7,50. */
    private static String points(double points) {
        return VietnameseFormat.fixed(points, 2);
    }
}
