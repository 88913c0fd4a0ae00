package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.dataset.ReferenceLine;

import static vn.thidua.dashboards.data.IndicatorCodes.*;
import static vn.thidua.dashboards.figures.FederationChartSpec.PHASES_AND_YEAR;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's and the report's charts, by theme, in page order. Each theme is data (specs), so a
 * chart is added here without new drawing code. The grade distribution comes from the year-end
 * evaluation of the same snapshot, when it has run.
 */
public final class Charts {

    /** Logical width in pixels: the page's container width, so images are never scaled up. */
    public static final int WIDTH = 900;

    private Charts() {
    }

    public static List<ChartSection> sections(DashboardData snapshot, int year, DashboardTheme theme) {
        return List.of(
                new ChartSection("tham-gia", "Tham gia phong trào thi đua", List.of(
                        federation(snapshot, year, PARTICIPATION_RATE, "ty-le-tham-gia-theo-don-vi", ReferenceLine.PROVINCE, theme),
                        ProvinceFigure.build(snapshot, year, new ProvinceChartSpec("cac-phong-trao-toan-tinh",
                                "Tham gia các phong trào",
                                List.of(PARTICIPATION_RATE, GOOD_CREATIVE_LABOUR_RATE, GOOD_ADVICE_SERVICE_RATE,
                                        PROVINCIAL_MOVEMENTS_RATE),
                                List.of("Đăng ký thi đua", "LĐ giỏi, LĐ sáng tạo", "Tham mưu giỏi, phục vụ tốt",
                                        "Phong trào của tỉnh"),
                                PHASES_AND_YEAR, false), theme))),
                new ChartSection("sang-kien", "Sáng kiến", List.of(
                        ProvinceFigure.build(snapshot, year, new ProvinceChartSpec("sang-kien-toan-tinh",
                                "Sáng kiến",
                                List.of(INITIATIVES_REGISTERED, INITIATIVES_RECOGNIZED, INITIATIVES_APPLIED),
                                List.of("Đăng ký", "Công nhận", "Áp dụng"), PHASES_AND_YEAR, false,
                                List.of(INITIATIVES_REGISTERED_REGISTER, INITIATIVES_REGISTERED_GAP,
                                        INITIATIVES_RECOGNIZED_GAP, INITIATIVES_APPLIED_GAP)), theme),
                        federation(snapshot, year, INITIATIVES_PER_100_MEMBERS, "sang-kien-tren-100-doan-vien",
                                ReferenceLine.PROVINCE, theme))),
                new ChartSection("chi-tieu", "Hoàn thành chỉ tiêu", List.of(
                        ProvinceFigure.build(snapshot, year, new ProvinceChartSpec("hoan-thanh-chi-tieu-toan-tinh",
                                "Hoàn thành chỉ tiêu",
                                List.of(MEMBERS_ADMITTED_ACHIEVEMENT, INITIATIVES_ACHIEVEMENT, UNIONS_FOUNDED_ACHIEVEMENT),
                                List.of("Kết nạp đoàn viên", "Sáng kiến", "Thành lập CĐCS"), PHASES_AND_YEAR, true,
                                List.of(MEMBERS_ADMITTED_TARGET_MET, INITIATIVES_TARGET_MET)), theme),
                        federation(snapshot, year, MEMBERS_ADMITTED_ACHIEVEMENT, "chi-tieu-ket-nap-theo-don-vi",
                                ReferenceLine.TARGET, theme),
                        federation(snapshot, year, UNIONS_FOUNDED_ACHIEVEMENT, "chi-tieu-thanh-lap-cdcs-theo-don-vi",
                                ReferenceLine.TARGET, theme))),
                new ChartSection("cham-lo", "Chăm lo đời sống đoàn viên", List.of(
                        federation(snapshot, year, TET_COVERAGE, "ho-tro-tet-theo-don-vi", ReferenceLine.PROVINCE, theme),
                        ProvinceFigure.build(snapshot, year, new ProvinceChartSpec("kinh-phi-cham-lo-toan-tinh",
                                "Kinh phí hỗ trợ",
                                List.of(TET_SUPPORT_VND, HARDSHIP_SUPPORT_VND, INITIATIVE_BENEFIT_VND),
                                List.of("Hỗ trợ Tết", "Hỗ trợ đoàn viên khó khăn", "Làm lợi từ sáng kiến"),
                                PHASES_AND_YEAR, false), theme),
                        ProvinceFigure.build(snapshot, year, new ProvinceChartSpec("hoat-dong-cham-lo-toan-tinh",
                                "Hoạt động chăm lo",
                                List.of(HARDSHIP_SUPPORT_RECIPIENTS, DIALOGUES_HELD, COLLECTIVE_AGREEMENTS, UNION_SHELTERS),
                                List.of("Đoàn viên khó khăn được hỗ trợ", "Cuộc đối thoại", "Thỏa ước tập thể",
                                        "Nhà Mái ấm Công đoàn"),
                                PHASES_AND_YEAR, false), theme))),
                new ChartSection("bao-cao", "Báo cáo của các đơn vị", List.of(
                        federation(snapshot, year, REPORTING_COMPLETENESS, "bao-cao-day-du-theo-dot", ReferenceLine.PROVINCE, theme),
                        federation(snapshot, year, REPORTING_TIMELINESS, "bao-cao-dung-han-theo-dot", ReferenceLine.PROVINCE, theme))),
                new ChartSection("cum-khoi", "Dẫn đầu và cuối bảng trong từng cụm, khối thi đua",
                        uniqueFiles(ClusterRankingFigure.build(snapshot, year, PARTICIPATION_RATE, theme))),
                new ChartSection("xep-loai", "Xếp loại công đoàn cơ sở",
                        GradeFigures.build(snapshot.grades(), snapshot.provinceCode().orElse(null), year, theme),
                        "Chưa có kết quả đánh giá, xếp loại cuối năm " + year + " cho bản số liệu này: kết quả sẽ hiện ở đây"
                                + " sau khi bộ phận phụ trách số liệu chạy bước đánh giá, xếp loại cuối năm."));
    }

    /** Every chart of every section, in page order. */
    public static List<DashboardChart> all(List<ChartSection> sections) {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }

    private static DashboardChart federation(DashboardData snapshot, int year, String code, String file, ReferenceLine reference,
                                             DashboardTheme theme) {
        return FederationFigure.build(snapshot, year, new FederationChartSpec(code, file, PHASES_AND_YEAR, reference),
                theme);
    }

    /** Two cluster codes may slug to one file name ("K-1", "K.1"): the later one gets a number. */
    private static List<DashboardChart> uniqueFiles(List<DashboardChart> charts) {
        List<DashboardChart> out = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (DashboardChart c : charts) {
            String name = c.fileName();
            for (int i = 2; !taken.add(name); i++) {
                name = c.fileName() + "-" + i;
            }
            out.add(new DashboardChart(name, c.title(), c.caption(), c.chart(), c.width(), c.height(), c.table(),
                    c.commentary()));
        }
        return out;
    }
}
