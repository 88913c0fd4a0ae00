package vn.thidua.evaluation.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.evaluation.grading.Evaluated;
import vn.thidua.evaluation.grading.UnitEvaluation;
import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.rubric.ShortlistRule;
import vn.thidua.evaluation.scoring.CriterionScore;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.Grade;

/**
 * The tables staff read, built once for both the workbook and the CSV files: grades per federation,
 * every unit's result, the award shortlists, the units not graded and why, the per-unit explanation
 * ({@link ExplanationTable}), the adjustments audit and the rules applied ({@link AuditTables}).
 * Sorted by federation and unit code: the same result gives the same cells.
 */
public final class ExportTables {

    private static final List<Grade> COUNTED = List.of(Grade.values());

    private ExportTables() {
    }

    public static List<ExportTable> build(Evaluated evaluated, Rubric rubric, String snapshotId) {
        List<UnitEvaluation> units = evaluated.units().stream()
                .sorted(Comparator.comparing((UnitEvaluation u) -> String.valueOf(u.unit().federationCode()))
                        .thenComparing(u -> u.unit().code()))
                .toList();
        return List.of(
                perFederation(units, rubric),
                results(units, rubric),
                shortlists(units, rubric),
                notGraded(units),
                ExplanationTable.build(units, rubric),
                AuditTables.adjustments(evaluated.adjustments()),
                AuditTables.information(evaluated, rubric, snapshotId));
    }

    static ExportTable perFederation(List<UnitEvaluation> units, Rubric rubric) {
        List<String> headers = new ArrayList<>(List.of("Mã", "LĐLĐ huyện, thành phố / công đoàn ngành", "Số CĐCS"));
        COUNTED.forEach(g -> headers.add(g.labelVi()));
        rubric.shortlists().forEach(s -> headers.add("Đề nghị " + s.labelVi()));
        Map<String, List<UnitEvaluation>> byFederation = new TreeMap<>();
        units.forEach(u -> byFederation.computeIfAbsent(String.valueOf(u.unit().federationCode()), k -> new ArrayList<>()).add(u));
        List<List<Cell>> rows = new ArrayList<>();
        byFederation.forEach((code, list) -> rows.add(countRow(code, list.get(0).unit().federationName(), list, rubric)));
        rows.add(countRow("", "Toàn tỉnh", units, rubric));
        return new ExportTable("Tổng hợp theo LĐLĐ", "xep-loai-theo-lien-doan.csv",
                "Kết quả xếp loại CĐCS năm " + rubric.year() + " theo LĐLĐ huyện, thành phố và công đoàn ngành",
                headers, rows);
    }

    private static List<Cell> countRow(String code, String name, List<UnitEvaluation> units, Rubric rubric) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(code), Cell.text(name), Cell.integer(units.size())));
        COUNTED.forEach(g -> row.add(Cell.integer((int) units.stream().filter(u -> u.grade() == g).count())));
        rubric.shortlists().forEach(s -> row.add(Cell.integer((int) units.stream()
                .filter(u -> u.shortlist().map(x -> x.code().equals(s.code())).orElse(false)).count())));
        return row;
    }

    static ExportTable results(List<UnitEvaluation> units, Rubric rubric) {
        List<String> headers = new ArrayList<>(List.of("LĐLĐ huyện, thành phố / công đoàn ngành", "Mã đơn vị", "Tên đơn vị",
                "Cụm, khối thi đua", "Tổng điểm", "Xếp loại", "Thứ hạng trong cụm", "Số đơn vị được chấm điểm trong cụm",
                "Đề nghị khen thưởng", "Đủ điều kiện xếp loại", "Có báo cáo", "Có điều chỉnh phúc tra"));
        rubric.criteria().forEach(c -> headers.add(c.code() + " " + c.labelVi() + " (" + VietnameseFormat.fixed(c.points().doubleValue(), 2) + ")"));
        List<List<Cell>> rows = new ArrayList<>();
        for (UnitEvaluation u : units) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(u.unit().federationName()), Cell.text(u.unit().code()),
                    Cell.text(u.unit().name()), Cell.text(u.unit().clusterName()), Cell.points(u.total()),
                    Cell.text(u.grade().labelVi()), Cell.integer(u.clusterRank()), Cell.integer(u.clusterSize()),
                    Cell.text(u.shortlist().map(ShortlistRule::labelVi).orElse("")), yesNo(u.eligible()),
                    yesNo(u.reported()), yesNo(u.adjusted())));
            Map<String, CriterionScore> byCode = new LinkedHashMap<>();
            u.scores().forEach(s -> byCode.put(s.criterion().code(), s));
            for (Criterion c : rubric.criteria()) {
                CriterionScore s = byCode.get(c.code());
                row.add(s == null ? Cell.text("") : Cell.points(s.points()));
            }
            rows.add(row);
        }
        return new ExportTable("Kết quả xếp loại", "ket-qua-xep-loai.csv",
                "Kết quả đánh giá, xếp loại CĐCS năm " + rubric.year() + " (bộ tiêu chí " + rubric.version() + ")", headers, rows);
    }

    static ExportTable shortlists(List<UnitEvaluation> units, Rubric rubric) {
        List<String> headers = List.of("Hình thức khen thưởng", "Phạm vi xét", "Cụm, khối / LĐLĐ", "Thứ tự", "Mã đơn vị", "Tên đơn vị",
                "LĐLĐ huyện, thành phố / công đoàn ngành", "Tổng điểm", "Xếp loại", "Thứ hạng trong cụm");
        List<List<Cell>> rows = new ArrayList<>();
        for (ShortlistRule rule : rubric.shortlists()) {
            units.stream().filter(u -> u.shortlist().map(s -> s.code().equals(rule.code())).orElse(false))
                    .sorted(Comparator.comparing((UnitEvaluation u) -> scopeName(rule, u)).thenComparing(UnitEvaluation::shortlistPosition))
                    .forEach(u -> rows.add(List.of(Cell.text(rule.labelVi()), Cell.text(rule.scope().labelVi()),
                            Cell.text(scopeName(rule, u)), Cell.integer(u.shortlistPosition()), Cell.text(u.unit().code()), Cell.text(u.unit().name()),
                            Cell.text(u.unit().federationName()), Cell.points(u.total()), Cell.text(u.grade().labelVi()),
                            Cell.integer(u.clusterRank()))));
        }
        return new ExportTable("Đề nghị khen thưởng", "de-nghi-khen-thuong.csv",
                "Danh sách đề nghị khen thưởng năm " + rubric.year(), headers, rows);
    }

    private static String scopeName(ShortlistRule rule, UnitEvaluation u) {
        return switch (rule.scope()) {
            case CLUSTER -> u.unit().clusterName();
            case FEDERATION -> String.valueOf(u.unit().federationName());
            case PROVINCE -> "Toàn tỉnh";
        };
    }

    static ExportTable notGraded(List<UnitEvaluation> units) {
        List<List<Cell>> rows = new ArrayList<>();
        units.stream().filter(u -> u.total() == null).forEach(u -> rows.add(List.of(Cell.text(u.unit().federationName()),
                Cell.text(u.unit().code()), Cell.text(u.unit().name()), Cell.text(u.grade().labelVi()),
                Cell.text(u.eligible() ? "không gửi báo cáo trong năm" : u.ineligibility()))));
        return new ExportTable("Không xếp loại", "khong-xep-loai.csv",
                "Các CĐCS không được chấm điểm và lý do",
                List.of("LĐLĐ huyện, thành phố / công đoàn ngành", "Mã đơn vị", "Tên đơn vị", "Kết quả", "Lý do"), rows);
    }

    private static Cell yesNo(boolean b) {
        return Cell.text(b ? "Có" : "Không");
    }
}
