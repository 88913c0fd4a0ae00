package vn.thidua.dashboards.report;

import vn.thidua.dashboards.text.Sentences;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.snapshot.PhaseRow;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.IndicatorCodes;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The method: what each indicator means and how it is compared, how a year is built from its phases, and
 * how complete the figures are (reports received against reports expected, per federation and phase).
 */
public final class MethodSection {

    private MethodSection() {
    }

    /** Appendix 2: how the figures were made, how complete they are, and which published figures they are. */
    static List<ReportDocument.Block> blocks(DashboardData snapshot, List<Federation> federations, int year) {
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Heading("1. Cách tính"));
        paragraphs(snapshot, year).forEach(p -> blocks.add(new ReportDocument.Paragraph(p)));
        blocks.add(new ReportDocument.Table(indicators(snapshot, year - 1)));
        blocks.add(new ReportDocument.Heading("2. Mức bao phủ số liệu"));
        blocks.add(new ReportDocument.Bullets(coverageNotes(snapshot, year)));
        blocks.add(new ReportDocument.Table(coverage(snapshot, federations)));
        blocks.add(new ReportDocument.Heading("3. Nguồn số liệu"));
        blocks.add(new ReportDocument.Bullets(source(snapshot, year)));
        return blocks;
    }

    private static List<String> paragraphs(DashboardData snapshot, int year) {
        int previous = year - 1;
        List<String> paragraphs = new ArrayList<>();
        List<PhaseRow> phases = snapshot.phasesOf(year);
        if (!phases.isEmpty()) {
            paragraphs.add("Số liệu do các công đoàn cơ sở báo cáo theo " + phases.size() + " đợt: " + phases.stream()
                    .map(p -> p.name() + " từ " + VietnameseFormat.date(p.startsOn()) + " đến " + VietnameseFormat.date(p.endsOn())
                            + " (hạn gửi báo cáo " + VietnameseFormat.date(p.deadline()) + ")")
                    .collect(java.util.stream.Collectors.joining("; ")) + ". Mỗi đợt năm " + year
                    + " được so với cùng đợt năm " + previous + ", cả năm so với cả năm.");
        }
        paragraphs.add("Số liệu cả năm của một đơn vị: các số phát sinh (sáng kiến, kết nạp, tiền hỗ trợ…) được cộng qua "
                + "các đợt đã báo cáo; các số hiện có (như tổng số đoàn viên) lấy ở đợt báo cáo gần nhất; chỉ tiêu giao "
                + "cho cả năm chỉ so với số cả năm.");
        paragraphs.add("Tỷ lệ được tính bằng tổng tử số chia tổng mẫu số của các đơn vị báo cáo đủ cả hai số, rồi nhân 100; "
                + "mức thay đổi của tỷ lệ tính bằng điểm phần trăm. Số tổng cộng so với năm " + previous
                + " theo phần trăm tăng, giảm.");
        paragraphs.add("Đơn vị chưa báo cáo được ghi \u201Cchưa có số liệu\u201D, không bao giờ được tính là 0; vì vậy "
                + "số tổng hợp chỉ phản ánh các đơn vị đã báo cáo (xem mức bao phủ dưới đây).");
        paragraphs.add("Xếp hạng trong cụm, khối theo tỷ lệ đoàn viên đăng ký thi đua cả năm, từ cao xuống thấp; "
                + "bằng nhau thì theo mã đơn vị.");
        return paragraphs;
    }

    /** Which published figures these are: the snapshot, when it was made, and up to which file it counts. */
    private static List<String> source(DashboardData snapshot, int year) {
        Manifest m = snapshot.manifest();
        List<String> lines = new ArrayList<>();
        lines.add("Bản số liệu đã công bố: " + snapshot.id() + (m.createdAt() == null ? ""
                : ", lập lúc " + VietnameseFormat.dateTime(Manifest.inVietnam(m.createdAt()))) + ".");
        String cutoff = Sentences.dataCutoff(m);
        if (cutoff != null) {
            lines.add("Số liệu tính đến tệp báo cáo cuối cùng, nhận " + cutoff + ".");
        }
        if (m.catalogueVersion() != null) {
            lines.add("Danh mục chỉ tiêu phiên bản " + m.catalogueVersion() + ".");
        }
        lines.add("Năm báo cáo " + year + ", so với năm " + (year - 1) + "; "
                + VietnameseFormat.count(snapshot.values().size()) + " dòng số liệu chỉ tiêu.");
        return lines;
    }

    private static DataTable indicators(DashboardData snapshot, int previous) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (IndicatorRow i : snapshot.indicators().values()) {
            Measure m = Measure.ofUnit(i.unit());
            String unit = switch (m) {
                case PERCENT -> "%";
                case RATIO -> "trên 100 đoàn viên";
                case MONEY -> "đồng";
                case COUNT -> "person".equals(i.unit()) ? "người" : "số lượng";
            };
            String compare = m == Measure.PERCENT ? "chênh lệch điểm % so với " + previous
                    : "% tăng, giảm so với " + previous;
            rows.add(List.of(TableCell.text(UnitNames.tidy(i.labelVi() == null ? i.code() : i.labelVi())),
                    TableCell.text(unit), TableCell.text(compare)));
        }
        return new DataTable("Các chỉ tiêu", List.of("Chỉ tiêu", "Đơn vị tính", "So sánh"), rows);
    }

    /** Reports received / expected per federation and phase, from the completeness rows' unit counts. */
    private static DataTable coverage(DashboardData snapshot, List<Federation> federations) {
        String code = IndicatorCodes.REPORTING_COMPLETENESS;
        Map<String, IndicatorValueRow> phase1 = snapshot.byOrgUnit(code, Level.FEDERATION, 1);
        Map<String, IndicatorValueRow> phase2 = snapshot.byOrgUnit(code, Level.FEDERATION, 2);
        List<List<TableCell>> rows = new ArrayList<>();
        for (Federation f : federations) {
            rows.add(coverageRow(f.name(), phase1.get(f.code()), phase2.get(f.code())));
        }
        rows.add(coverageRow("Toàn tỉnh", snapshot.provinceValue(code, 1).orElse(null),
                snapshot.provinceValue(code, 2).orElse(null)));
        return new DataTable("Mức bao phủ: số CĐCS đã báo cáo / phải báo cáo",
                List.of("Đơn vị", "Đợt 1: đã báo cáo", "Đợt 1: phải báo cáo", "Đợt 2: đã báo cáo",
                        "Đợt 2: phải báo cáo", "Báo cáo còn thiếu"), rows);
    }

    private static List<TableCell> coverageRow(String name, IndicatorValueRow p1, IndicatorValueRow p2) {
        Integer missing = null;
        if (p1 != null && p2 != null && p1.unitsExpected() != null && p1.unitsReporting() != null
                && p2.unitsExpected() != null && p2.unitsReporting() != null) {
            missing = p1.unitsExpected() - p1.unitsReporting() + p2.unitsExpected() - p2.unitsReporting();
        }
        return List.of(TableCell.text(name), count(p1 == null ? null : p1.unitsReporting()),
                count(p1 == null ? null : p1.unitsExpected()), count(p2 == null ? null : p2.unitsReporting()),
                count(p2 == null ? null : p2.unitsExpected()), count(missing));
    }

    private static TableCell count(Integer n) {
        return TableCell.number(n == null ? null : n.doubleValue(), 0);
    }

    private static List<String> coverageNotes(DashboardData snapshot, int year) {
        List<String> notes = new ArrayList<>();
        for (PhaseRow phaseRow : snapshot.phasesOf(year)) {
            int phase = phaseRow.phase();
            IndicatorValueRow p = snapshot.provinceValue(IndicatorCodes.REPORTING_COMPLETENESS, phase).orElse(null);
            if (p != null && p.unitsReporting() != null && p.unitsExpected() != null) {
                notes.add(phaseRow.name() + ": " + p.unitsReporting() + "/" + p.unitsExpected()
                        + " công đoàn cơ sở đã báo cáo, còn thiếu " + (p.unitsExpected() - p.unitsReporting()) + ".");
            }
        }
        return notes;
    }
}
