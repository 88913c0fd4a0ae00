package vn.thidua.dashboards.report;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.figures.DashboardChart;
import vn.thidua.dashboards.text.Sentences;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.manifest.Manifest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Words the report from a snapshot and the charts already built from it. */
public final class ReportContentBuilder {

    private ReportContentBuilder() {
    }

    public static String title(int year) {
        return "Báo cáo so sánh kết quả phong trào thi đua năm " + year + " với năm " + (year - 1);
    }

    public static ReportContent build(DashboardData snapshot, int year, List<ChartSection> sections, String provinceName) {
        List<DataTable> tables = new ArrayList<>();
        for (DashboardChart chart : Charts.all(sections)) {
            if (!chart.table().isEmpty()) {
                tables.add(chart.table().titled(chart.title()));
            }
        }
        Manifest m = snapshot.manifest();
        LocalDate date = m.createdAt() != null ? Manifest.inVietnam(m.createdAt()).toLocalDate() : LocalDate.now();
        String place = place(provinceName);
        return new ReportContent(
                title(year),
                "Phục vụ tổng kết, kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/" + year + ")",
                provinceName,
                (place == null ? "" : place + ", ") + "ngày " + VietnameseFormat.date(date),
                SummaryGroups.of(snapshot, year),
                sections,
                tables,
                MethodSection.of(snapshot, Federations.of(snapshot), year),
                source(snapshot, year));
    }

    private static List<String> source(DashboardData snapshot, int year) {
        Manifest m = snapshot.manifest();
        List<String> lines = new ArrayList<>();
        lines.add("Bản số liệu đã công bố (mã lần chạy): " + snapshot.id());
        if (m.createdAt() != null) {
            lines.add("Tạo lúc: " + VietnameseFormat.dateTime(Manifest.inVietnam(m.createdAt())));
        }
        String cutoff = Sentences.dataCutoff(m);
        if (cutoff != null) {
            lines.add("Số liệu tính đến tệp báo cáo cuối cùng, nhận " + cutoff);
        }
        if (m.catalogueVersion() != null) {
            lines.add("Phiên bản danh mục chỉ tiêu: " + m.catalogueVersion());
        }
        lines.add("Năm báo cáo: " + year + "; số dòng chỉ tiêu đã đọc: "
                + VietnameseFormat.number(snapshot.values().size(), 0) + ".");
        lines.add("Số liệu đọc từ tệp Parquet của bản công bố (thư mục current của kho dữ liệu), "
                + "không đọc trực tiếp cơ sở dữ liệu.");
        return lines;
    }

    /** "Liên đoàn Lao động tỉnh Bắc Kạn" → "Bắc Kạn", for the place-and-date line of the cover. */
    static String place(String provinceName) {
        if (provinceName == null) {
            return null;
        }
        String tidy = vn.thidua.dashboards.data.UnitNames.tidy(provinceName);
        int i = tidy.toLowerCase(java.util.Locale.ROOT).lastIndexOf("tỉnh ");
        if (i < 0) {
            i = tidy.toLowerCase(java.util.Locale.ROOT).lastIndexOf("thành phố ");
            return i < 0 ? null : tidy.substring(i + "thành phố ".length());
        }
        return tidy.substring(i + "tỉnh ".length());
    }
}
