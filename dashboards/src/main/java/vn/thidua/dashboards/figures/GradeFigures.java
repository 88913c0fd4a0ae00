package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.BarCharts;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.chart.GradeCharts;
import vn.thidua.dashboards.data.Grades;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.ComparisonTables;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.FederationRows;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.dataset.YearComparisonDataset;
import vn.thidua.dashboards.text.GradeSentences;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The year-end grades (evaluation's {@code grade_distribution}): the province's share of units per grade,
 * the previous year graded by the same rubric | its official grades when supplied | this year; and the
 * share of "xuất sắc" per federation, previous year | this year. Shares, not counts: the number of units
 * graded differs between the years.
 */
public final class GradeFigures {

    private static final String EXCELLENT = "xuat_sac";

    private GradeFigures() {
    }

    public static List<DashboardChart> build(Grades grades, String provinceCode, int year,
                                             DashboardTheme theme) {
        if (!grades.has(year, GradeCountRow.RUBRIC)) {
            return List.of();
        }
        return List.of(province(grades, year, theme), federations(grades, provinceCode, year, theme));
    }

    private static DashboardChart province(Grades grades, int year, DashboardTheme theme) {
        boolean official = grades.has(year - 1, GradeCountRow.OFFICIAL);
        Map<String, List<GradeCountRow>> series = new LinkedHashMap<>();
        series.put(sameRubric(year - 1), grades.province(year - 1, GradeCountRow.RUBRIC));
        if (official) {
            series.put(officialLabel(year - 1), grades.province(year - 1, GradeCountRow.OFFICIAL));
        }
        series.put("Năm " + year, grades.province(year, GradeCountRow.RUBRIC));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<GradeCountRow> now = grades.province(year, GradeCountRow.RUBRIC).stream().filter(GradeCountRow::isGrade).toList();
        series.forEach((name, rows) -> now.forEach(g -> dataset.addValue(rows.stream()
                .filter(r -> r.grade().equals(g.grade())).findFirst().map(GradeCountRow::sharePct).orElse(null),
                name, new CategoryKey(g.grade(), shortLabel(g.gradeLabelVi())))));

        String title = "Phân bố xếp loại CĐCS toàn tỉnh";
        JFreeChart chart = GradeCharts.provinceShares(title, "Năm " + year + " so với năm " + (year - 1)
                + " chấm theo cùng bộ tiêu chí" + (official ? " và kết quả chính thức năm " + (year - 1) : ""),
                dataset, official, theme);

        String caption = "Tỷ lệ CĐCS theo từng mức xếp loại trên tổng số CĐCS được xếp loại (không tính đơn vị "
                + "chưa đủ điều kiện và đơn vị không báo cáo). Năm " + (year - 1) + " được chấm lại theo đúng bộ tiêu chí năm "
                + year + " để so sánh cùng một thước đo" + (official ? "; cột giữa là kết quả xếp loại chính thức năm "
                + (year - 1) + " do LĐLĐ tỉnh cung cấp." : ".");
        return new DashboardChart("xep-loai-toan-tinh", title, caption, chart, Charts.WIDTH, 440,
                provinceTable(series), GradeSentences.of(grades, year));
    }

    private static DashboardChart federations(Grades grades, String provinceCode, int year,
                                              DashboardTheme theme) {
        List<ComparisonRow> rows = new ArrayList<>();
        Map<CategoryKey, Double> official = new LinkedHashMap<>();
        for (GradeCountRow now : grades.federations(year, GradeCountRow.RUBRIC, EXCELLENT)) {
            Double before = grades.federation(year - 1, GradeCountRow.RUBRIC, now.orgUnitCode(), EXCELLENT)
                    .map(GradeCountRow::sharePct).orElse(null);
            CategoryKey key = new CategoryKey(now.orgUnitCode(),
                    UnitNames.shortName(now.orgUnitCode(), now.orgUnitName(), provinceCode));
            rows.add(new ComparisonRow(key, FederationRows.fullName(now.orgUnitCode(), now.orgUnitName(), provinceCode),
                    before, now.sharePct()));
            grades.federation(year - 1, GradeCountRow.OFFICIAL, now.orgUnitCode(), EXCELLENT).map(GradeCountRow::sharePct)
                    .ifPresent(share -> official.put(key, share));
        }
        rows.sort(FederationRows.byCurrentDescending());
        String title = "Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ theo đơn vị";
        String caption = "Tỷ lệ CĐCS xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" trên số CĐCS được xếp loại của từng "
                + "LĐLĐ huyện, thành phố và công đoàn ngành, năm " + year + " so với năm " + (year - 1)
                + " chấm theo cùng bộ tiêu chí; xếp từ cao xuống thấp theo năm " + year + "."
                + (official.isEmpty() ? "" : " Vạch dọc xám đậm là tỷ lệ theo kết quả xếp loại chính thức năm " + (year - 1)
                + ".") + " Đường dọc đỏ là tỷ lệ chung toàn tỉnh năm " + year + ", đường đứt nét là năm " + (year - 1) + ".";
        int height = BarCharts.horizontalHeight(rows.size());
        Map<Integer, List<ComparisonRow>> single = Map.of(0, rows);
        DataTable table = withOfficial(ComparisonTables.byPhase("Đơn vị", single, year, Measure.PERCENT), rows, official,
                year);
        List<String> commentary = federationCommentary(rows, official, year);
        if (!YearComparisonDataset.hasAnyValue(rows)) {
            return new DashboardChart("xep-loai-xuat-sac-theo-don-vi", title, caption, null, Charts.WIDTH, height, table,
                    commentary);
        }
        Double provinceNow = grades.province(year, GradeCountRow.RUBRIC, EXCELLENT).map(GradeCountRow::sharePct).orElse(null);
        Double provinceBefore = grades.province(year - 1, GradeCountRow.RUBRIC, EXCELLENT).map(GradeCountRow::sharePct).orElse(null);
        JFreeChart chart = GradeCharts.federationShares(title, "Cả năm · năm " + (year - 1) + " chấm theo cùng bộ tiêu chí"
                        + (official.isEmpty() ? "" : " và theo kết quả chính thức"), rows, official, provinceBefore,
                provinceNow, year, theme);
        return new DashboardChart("xep-loai-xuat-sac-theo-don-vi", title, caption, chart, Charts.WIDTH, height, table,
                commentary);
    }

    /** The official share of last year beside the same-rubric one, when the federation supplied official grades. */
    private static DataTable withOfficial(DataTable table, List<ComparisonRow> rows, Map<CategoryKey, Double> official,
                                          int year) {
        if (official.isEmpty()) {
            return table;
        }
        List<String> headers = new ArrayList<>(table.headers());
        headers.add(2, "Năm " + (year - 1) + " (kết quả chính thức)");
        List<List<TableCell>> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<TableCell> line = new ArrayList<>(table.rows().get(i));
            line.add(2, TableCell.percent(official.get(rows.get(i).key())));
            lines.add(line);
        }
        return new DataTable(table.title(), headers, lines);
    }

    private static List<String> federationCommentary(List<ComparisonRow> rows, Map<CategoryKey, Double> official,
                                                     int year) {
        List<ComparisonRow> known = rows.stream().filter(r -> r.current() != null).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        ComparisonRow top = known.get(0);
        ComparisonRow bottom = known.get(known.size() - 1);
        List<String> out = new ArrayList<>(List.of("Năm " + year + ", tỷ lệ hoàn thành xuất sắc cao nhất ở "
                + top.fullName() + " (" + VietnameseFormat.percent(top.current()) + "), thấp nhất ở " + bottom.fullName()
                + " (" + VietnameseFormat.percent(bottom.current()) + ")."));
        if (!official.isEmpty()) {
            long belowOfficial = known.stream().filter(r -> official.containsKey(r.key())
                    && lower(r.current(), official.get(r.key()))).count();
            long belowRubric = known.stream().filter(r -> r.previous() != null && lower(r.current(), r.previous())).count();
            out.add("So với năm " + (year - 1) + ": " + belowRubric + "/" + known.size() + " đơn vị có tỷ lệ thấp hơn nếu"
                    + " chấm theo cùng bộ tiêu chí, " + belowOfficial + "/" + known.size() + " đơn vị thấp hơn kết quả xếp"
                    + " loại chính thức.");
        }
        return out;
    }

    /** Lower as printed (one decimal): 13,3% is not lower than 13,3%. */
    private static boolean lower(double now, double before) {
        return Math.round(now * 10) < Math.round(before * 10);
    }

    private static DataTable provinceTable(Map<String, List<GradeCountRow>> series) {
        List<String> headers = new ArrayList<>(List.of("Mức xếp loại"));
        series.keySet().forEach(name -> {
            headers.add(name + ": số CĐCS");
            headers.add(name + ": tỷ lệ");
        });
        List<List<TableCell>> lines = new ArrayList<>();
        // every outcome of this year's series, the two non-grades included, in grade order
        List<GradeCountRow> order = new ArrayList<>(series.values()).get(series.size() - 1);
        for (GradeCountRow grade : order) {
            List<TableCell> line = new ArrayList<>(List.of(TableCell.text(grade.gradeLabelVi())));
            for (List<GradeCountRow> rows : series.values()) {
                GradeCountRow r = rows.stream().filter(x -> x.grade().equals(grade.grade())).findFirst().orElse(null);
                line.add(r == null ? TableCell.text(TableCell.NO_DATA) : TableCell.number((double) r.units(), 0));
                line.add(r == null || r.sharePct() == null ? TableCell.text(TableCell.NO_CHANGE) : TableCell.percent(r.sharePct()));
            }
            lines.add(line);
        }
        return new DataTable(headers, lines);
    }

    private static String sameRubric(int year) {
        return "Năm " + year + " (cùng bộ tiêu chí)";
    }

    private static String officialLabel(int year) {
        return "Năm " + year + " (kết quả chính thức)";
    }

    /** "Hoàn thành xuất sắc nhiệm vụ" → "Hoàn thành xuất sắc": the axis has four short labels. */
    public static String shortLabel(String label) {
        return label.replaceFirst(" nhiệm vụ$", "");
    }
}
