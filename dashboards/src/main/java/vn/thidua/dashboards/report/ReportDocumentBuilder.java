package vn.thidua.dashboards.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.figures.DashboardChart;
import vn.thidua.dashboards.report.ReportDocument.Block;
import vn.thidua.dashboards.report.ReportDocument.Bullets;
import vn.thidua.dashboards.report.ReportDocument.Figure;
import vn.thidua.dashboards.report.ReportDocument.Heading;
import vn.thidua.dashboards.report.ReportDocument.Note;
import vn.thidua.dashboards.report.ReportDocument.Paragraph;
import vn.thidua.dashboards.report.ReportDocument.Part;
import vn.thidua.dashboards.report.ReportDocument.Placeholder;
import vn.thidua.dashboards.report.ReportDocument.Subheading;
import vn.thidua.dashboards.report.ReportDocument.Table;
import vn.thidua.dashboards.report.profile.DocumentProfile;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.snapshot.MovementRow;

/** Words the report: the computed results, the parts staff write (seeded with facts), the appendices. */
public final class ReportDocumentBuilder {

    private ReportDocumentBuilder() {
    }

    public static ReportDocument build(DashboardData data, int year, List<ChartSection> sections, DocumentProfile profile) {
        Manifest m = data.manifest();
        LocalDate date = m.createdAt() != null ? Manifest.inVietnam(m.createdAt()).toLocalDate() : LocalDate.now();
        AssessmentFacts facts = new AssessmentFacts(data, year);
        List<Part> body = List.of(results(data, year, sections), assessment(facts), directions(facts, year));
        List<Part> appendices = List.of(
                new Part("Phụ lục 1.", "Bảng số liệu theo đơn vị", tables(sections)),
                new Part("Phụ lục 2.", "Phương pháp tính, mức bao phủ và nguồn số liệu",
                        MethodSection.blocks(data, Federations.of(data), year)));
        return new ReportDocument(profile, year, date, profile.subjectFor(year), intro(data, year), body, appendices,
                data.id());
    }

    /** The movement's theme and what the review serves, as the reference data names them for the year. */
    private static List<String> intro(DashboardData data, int year) {
        List<String> lines = new ArrayList<>();
        data.movement(year).ifPresent(movement -> {
            if (notBlank(movement.occasionVi())) {
                lines.add("Phục vụ " + lowerFirst(movement.occasionVi()));
            }
            if (notBlank(movement.themeVi())) {
                lines.add("Chủ đề thi đua: \u201C" + movement.themeVi() + "\u201D");
            }
        });
        return lines;
    }

    private static Part results(DashboardData data, int year, List<ChartSection> sections) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        blocks.add(new Heading(n + ". Các số liệu chính của toàn tỉnh"));
        blocks.add(new Paragraph("Số liệu cả năm " + year + " của toàn tỉnh, so với năm " + (year - 1)
                + "; đơn vị chưa báo cáo không được tính là 0 (xem Phụ lục 2)."));
        for (var group : SummaryGroups.of(data, year)) {
            blocks.add(new Subheading(group.title()));
            blocks.add(new Bullets(group.sentences()));
        }
        for (ChartSection section : sections) {
            n++;
            blocks.add(new Heading(n + ". " + section.title()));
            if (section.charts().isEmpty()) {
                blocks.add(new Paragraph(section.whenEmpty()));
            }
            for (DashboardChart chart : section.charts()) {
                if (chart.hasChart()) {
                    blocks.add(new Figure(chart));
                    blocks.add(new Note(chart.caption()));
                } else {
                    blocks.add(new Paragraph(chart.title() + ": chưa có số liệu để vẽ biểu đồ."));
                }
                blocks.add(new Bullets(chart.commentary()));
            }
        }
        String name = data.movement(year).map(MovementRow::nameVi).orElse("phong trào thi đua năm " + year);
        return new Part("I.", "KẾT QUẢ THỰC HIỆN " + name.toUpperCase(java.util.Locale.ROOT), blocks);
    }

    private static Part assessment(AssessmentFacts facts) {
        return new Part("II.", "ĐÁNH GIÁ CHUNG", List.of(
                new Heading("1. Ưu điểm"),
                new Placeholder("Cán bộ soạn thảo viết phần ưu điểm. Các số liệu tiến bộ nhiều nhất so với năm trước:",
                        facts.improvements()),
                new Heading("2. Hạn chế, nguyên nhân"),
                new Placeholder("Cán bộ soạn thảo viết phần hạn chế và nguyên nhân. Các số liệu giảm nhiều nhất và các đơn vị"
                        + " chưa báo cáo, báo cáo muộn:", facts.setbacks())));
    }

    private static Part directions(AssessmentFacts facts, int year) {
        return new Part("III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1), List.of(
                new Placeholder("Cán bộ soạn thảo viết phương hướng, nhiệm vụ năm " + (year + 1)
                        + ". Những chỉ tiêu và đơn vị cần tập trung theo số liệu năm " + year + ":", facts.gaps())));
    }

    private static List<Block> tables(List<ChartSection> sections) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Mỗi bảng ghi số liệu năm trước, năm nay và mức thay đổi theo từng đợt và cả năm."
                + " \u201Cchưa có số liệu\u201D là đơn vị chưa báo cáo, không phải bằng 0."));
        int n = 0;
        for (DashboardChart chart : Charts.all(sections)) {
            if (!chart.table().isEmpty()) {
                n++;
                DataTable table = chart.table().titled(n + ". " + chart.title());
                blocks.add(new Table(table));
            }
        }
        return blocks;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String lowerFirst(String text) {
        return vn.thidua.vietnamese.VietnameseText.lowerFirst(text);
    }
}
