package vn.thidua.dashboards.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.thidua.dashboards.format.Measure;
import vn.thidua.dashboards.format.UnitNames;
import vn.thidua.dashboards.format.VietnameseFormat;
import vn.thidua.dashboards.snapshot.GradeCount;
import vn.thidua.dashboards.snapshot.GradeDistribution;
import vn.thidua.dashboards.summary.GradeSentences;
import vn.thidua.dashboards.tables.DataTable;
import vn.thidua.dashboards.tables.TableCell;
import vn.thidua.dashboards.theme.DashboardTheme;

/**
 * The year-end grades (evaluation's {@code grade_distribution}): the province's share of units per grade,
 * the previous year graded by the same rubric | its official grades when supplied | this year; and the
 * share of "xuất sắc" per federation, previous year | this year. Shares, not counts: the number of units
 * graded differs between the years.
 */
public final class GradeDistributionChart {

    /** The official grades sit between the two years, in a darker slate than the same-rubric previous year. */
    static final Color OFFICIAL = new Color(0x6B7785);
    private static final String EXCELLENT = "xuat_sac";

    private GradeDistributionChart() {
    }

    public static List<DashboardChart> build(GradeDistribution grades, String provinceCode, int year,
                                             DashboardTheme theme) {
        if (!grades.has(year, GradeCount.RUBRIC)) {
            return List.of();
        }
        return List.of(province(grades, year, theme), federations(grades, provinceCode, year, theme));
    }

    private static DashboardChart province(GradeDistribution grades, int year, DashboardTheme theme) {
        boolean official = grades.has(year - 1, GradeCount.OFFICIAL);
        Map<String, List<GradeCount>> series = new LinkedHashMap<>();
        series.put(sameRubric(year - 1), grades.province(year - 1, GradeCount.RUBRIC));
        if (official) {
            series.put(officialLabel(year - 1), grades.province(year - 1, GradeCount.OFFICIAL));
        }
        series.put("Năm " + year, grades.province(year, GradeCount.RUBRIC));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<GradeCount> now = grades.province(year, GradeCount.RUBRIC).stream().filter(GradeCount::isGrade).toList();
        series.forEach((name, rows) -> now.forEach(g -> dataset.addValue(rows.stream()
                .filter(r -> r.grade().equals(g.grade())).findFirst().map(GradeCount::sharePct).orElse(null),
                name, new CategoryKey(g.grade(), shortLabel(g.gradeLabelVi())))));

        CategoryPlot plot = BarCharts.plot(dataset, PlotOrientation.VERTICAL, new CategoryAxis(null),
                BarCharts.valueAxis("Tỷ lệ số CĐCS được xếp loại (%)", Measure.PERCENT, max(dataset), 1), Measure.PERCENT);
        String title = "Phân bố xếp loại CĐCS toàn tỉnh";
        JFreeChart chart = BarCharts.chart(title, "Năm " + year + " so với năm " + (year - 1)
                + " chấm theo cùng bộ tiêu chí" + (official ? " và kết quả chính thức năm " + (year - 1) : ""),
                plot, legend(series.keySet()), theme);
        BarCharts.finish(plot, theme);
        colour((BarRenderer) plot.getRenderer(), official);
        plot.getRenderer().setDefaultItemLabelsVisible(true);

        String caption = "Tỷ lệ CĐCS theo từng mức xếp loại trên tổng số CĐCS được xếp loại (không tính đơn vị "
                + "chưa đủ điều kiện và đơn vị không báo cáo). Năm " + (year - 1) + " được chấm lại theo đúng bộ tiêu chí năm "
                + year + " để so sánh cùng một thước đo" + (official ? "; cột giữa là kết quả xếp loại chính thức năm "
                + (year - 1) + " do LĐLĐ tỉnh cung cấp." : ".");
        return new DashboardChart("xep-loai-toan-tinh", title, caption, chart, Charts.WIDTH, 440,
                provinceTable(series), GradeSentences.of(grades, year));
    }

    private static DashboardChart federations(GradeDistribution grades, String provinceCode, int year,
                                              DashboardTheme theme) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (GradeCount now : grades.federations(year, GradeCount.RUBRIC, EXCELLENT)) {
            Double before = grades.federation(year - 1, GradeCount.RUBRIC, now.orgUnitCode(), EXCELLENT)
                    .map(GradeCount::sharePct).orElse(null);
            rows.add(new ComparisonRow(new CategoryKey(now.orgUnitCode(),
                    UnitNames.shortName(now.orgUnitCode(), now.orgUnitName(), provinceCode)),
                    FederationRows.fullName(now.orgUnitCode(), now.orgUnitName(), provinceCode), before, now.sharePct()));
        }
        rows.sort(FederationRows.byCurrentDescending());
        String title = "Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ theo đơn vị";
        String caption = "Tỷ lệ CĐCS xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" trên số CĐCS được xếp loại của từng "
                + "LĐLĐ huyện, thành phố và công đoàn ngành, năm " + year + " so với năm " + (year - 1)
                + " chấm theo cùng bộ tiêu chí; xếp từ cao xuống thấp theo năm " + year + ". Đường dọc đỏ là tỷ lệ chung "
                + "toàn tỉnh năm " + year + ", đường đứt nét là năm " + (year - 1) + ".";
        int height = BarCharts.horizontalHeight(rows.size());
        Map<Integer, List<ComparisonRow>> single = Map.of(0, rows);
        DataTable table = Tables.byPhase("Đơn vị", single, year, Measure.PERCENT);
        List<String> commentary = federationCommentary(rows, year);
        if (!YearComparisonDataset.hasAnyValue(rows)) {
            return new DashboardChart("xep-loai-xuat-sac-theo-don-vi", title, caption, null, Charts.WIDTH, height, table,
                    commentary);
        }
        Double provinceNow = grades.province(year, GradeCount.RUBRIC, EXCELLENT).map(GradeCount::sharePct).orElse(null);
        Double provinceBefore = grades.province(year - 1, GradeCount.RUBRIC, EXCELLENT).map(GradeCount::sharePct).orElse(null);
        List<LegendItem> lines = List.of(
                BarCharts.lineLegend("Toàn tỉnh " + (year - 1), DashboardTheme.PROVINCE_PREVIOUS_STROKE,
                        DashboardTheme.PROVINCE_LINE_PREVIOUS),
                BarCharts.lineLegend("Toàn tỉnh " + year, DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        JFreeChart chart = PhasePanels.build(title, "Cả năm · năm " + (year - 1) + " chấm theo cùng bộ tiêu chí",
                single, Measure.PERCENT, BarCharts.maxValue(rows), year, (panel, phase) -> {
                    if (provinceBefore != null) {
                        panel.addRangeMarker(new ValueMarker(provinceBefore, DashboardTheme.PROVINCE_LINE_PREVIOUS,
                                DashboardTheme.PROVINCE_PREVIOUS_STROKE), Layer.BACKGROUND);
                    }
                    if (provinceNow != null) {
                        panel.addRangeMarker(new ValueMarker(provinceNow, DashboardTheme.PROVINCE_LINE,
                                DashboardTheme.PROVINCE_STROKE), Layer.BACKGROUND);
                    }
                    // shares of one grade stay far below 100 %: the scale follows the largest bar
                    panel.getRangeAxis().setRange(0, Math.max(10, BarCharts.maxValue(rows) * 1.2));
                    ((NumberAxis) panel.getRangeAxis()).setTickUnit(new NumberTickUnit(
                            BarCharts.niceStep(Math.max(10, BarCharts.maxValue(rows) * 1.2) / 6),
                            VietnameseFormat.numberFormat(0)));
                }, lines, theme);
        return new DashboardChart("xep-loai-xuat-sac-theo-don-vi", title, caption, chart, Charts.WIDTH, height, table,
                commentary);
    }

    private static List<String> federationCommentary(List<ComparisonRow> rows, int year) {
        List<ComparisonRow> known = rows.stream().filter(r -> r.current() != null).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        ComparisonRow top = known.get(0);
        ComparisonRow bottom = known.get(known.size() - 1);
        return List.of("Năm " + year + ", tỷ lệ hoàn thành xuất sắc cao nhất ở " + top.fullName() + " ("
                + VietnameseFormat.percent(top.current()) + "), thấp nhất ở " + bottom.fullName() + " ("
                + VietnameseFormat.percent(bottom.current()) + ").");
    }

    private static DataTable provinceTable(Map<String, List<GradeCount>> series) {
        List<String> headers = new ArrayList<>(List.of("Mức xếp loại"));
        series.keySet().forEach(name -> {
            headers.add(name + ": số CĐCS");
            headers.add(name + ": tỷ lệ");
        });
        List<List<TableCell>> lines = new ArrayList<>();
        // every outcome of this year's series, the two non-grades included, in grade order
        List<GradeCount> order = new ArrayList<>(series.values()).get(series.size() - 1);
        for (GradeCount grade : order) {
            List<TableCell> line = new ArrayList<>(List.of(TableCell.text(grade.gradeLabelVi())));
            for (List<GradeCount> rows : series.values()) {
                GradeCount r = rows.stream().filter(x -> x.grade().equals(grade.grade())).findFirst().orElse(null);
                line.add(r == null ? TableCell.text(TableCell.NO_DATA) : TableCell.number((double) r.units(), 0));
                line.add(r == null || r.sharePct() == null ? TableCell.text(TableCell.NO_CHANGE) : TableCell.percent(r.sharePct()));
            }
            lines.add(line);
        }
        return new DataTable(headers, lines);
    }

    private static LegendItemCollection legend(Iterable<String> names) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        for (int i = 0; i < list.size(); i++) {
            items.add(new LegendItem(list.get(i), null, null, null, square, paint(i, list.size() == 3)));
        }
        return items;
    }

    private static void colour(BarRenderer renderer, boolean official) {
        renderer.setSeriesPaint(0, DashboardTheme.PREVIOUS_YEAR);
        renderer.setSeriesPaint(1, official ? OFFICIAL : DashboardTheme.CURRENT_YEAR);
        renderer.setSeriesPaint(2, DashboardTheme.CURRENT_YEAR);
        renderer.setMaximumBarWidth(0.09);
    }

    private static Color paint(int series, boolean official) {
        return series == 0 ? DashboardTheme.PREVIOUS_YEAR
                : series == 1 && official ? OFFICIAL : DashboardTheme.CURRENT_YEAR;
    }

    private static double max(DefaultCategoryDataset dataset) {
        double max = 0;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number n = dataset.getValue(r, c);
                if (n != null) {
                    max = Math.max(max, n.doubleValue());
                }
            }
        }
        return max;
    }

    private static String sameRubric(int year) {
        return "Năm " + year + " (cùng bộ tiêu chí)";
    }

    private static String officialLabel(int year) {
        return "Năm " + year + " (kết quả chính thức)";
    }

    /** "Hoàn thành xuất sắc nhiệm vụ" → "Hoàn thành xuất sắc": the axis has four short labels. */
    static String shortLabel(String label) {
        return label.replaceFirst(" nhiệm vụ$", "");
    }
}
