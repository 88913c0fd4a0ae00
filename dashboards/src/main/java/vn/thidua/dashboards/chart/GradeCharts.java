package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The year-end grades as charts: the share of units per grade province-wide (previous year by the same
 * rubric | its official grades when supplied | this year), and one grade's share per federation.
 */
public final class GradeCharts {

    /** The official grades sit between the two years, in a darker slate than the same-rubric previous year. */
    public static final Color OFFICIAL = new Color(0x6B7785);
    public static final java.awt.BasicStroke OFFICIAL_MARK = new java.awt.BasicStroke(2.5f);

    private GradeCharts() {
    }

    /**
     * @param dataset  shares (%) by series (previous year, official, this year) and grade
     * @param official whether the middle series is the official grades
     */
    public static JFreeChart provinceShares(String title, String subtitle, DefaultCategoryDataset dataset, boolean official,
                                            DashboardTheme theme) {
        CategoryPlot plot = BarCharts.plot(dataset, PlotOrientation.VERTICAL, new CategoryAxis(null),
                BarCharts.valueAxis("Tỷ lệ số CĐCS được xếp loại (%)", Measure.PERCENT, max(dataset), 1), Measure.PERCENT);
        @SuppressWarnings("unchecked")
        List<Comparable<?>> series = dataset.getRowKeys();
        JFreeChart chart = BarCharts.chart(title, subtitle, plot, legend(series, official), theme);
        BarCharts.finish(plot, theme);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, DashboardTheme.PREVIOUS_YEAR);
        renderer.setSeriesPaint(1, official ? OFFICIAL : DashboardTheme.CURRENT_YEAR);
        renderer.setSeriesPaint(2, DashboardTheme.CURRENT_YEAR);
        renderer.setMaximumBarWidth(0.09);
        renderer.setDefaultItemLabelsVisible(true);
        return chart;
    }

    /**
     * One grade's share per federation, with the province's share of the previous year (dashed) and of this
     * year (solid) as lines. Shares of one grade stay far below 100 %: the scale follows the largest bar.
     */
    public static JFreeChart federationShares(String title, String subtitle, List<ComparisonRow> rows, Double provinceBefore,
                                              Double provinceNow, int year, DashboardTheme theme) {
        return federationShares(title, subtitle, rows, Map.of(), provinceBefore, provinceNow, year, theme);
    }

    /**
     * The same with each federation's official share of the previous year as a dark mark across its bars, so that
     * the official grading is in sight beside the same-rubric one.
     *
     * @param official by category key; empty when no official grades were supplied per federation
     */
    public static JFreeChart federationShares(String title, String subtitle, List<ComparisonRow> rows,
                                              Map<?, Double> official, Double provinceBefore, Double provinceNow, int year,
                                              DashboardTheme theme) {
        String officialSeries = "Năm " + (year - 1) + " (kết quả chính thức)";
        List<LegendItem> lines = new ArrayList<>();
        if (!official.isEmpty()) {
            lines.add(BarCharts.lineLegend(officialSeries, OFFICIAL_MARK, OFFICIAL));
        }
        lines.add(BarCharts.lineLegend("Toàn tỉnh " + (year - 1), DashboardTheme.PROVINCE_PREVIOUS_STROKE,
                DashboardTheme.PROVINCE_LINE_PREVIOUS));
        lines.add(BarCharts.lineLegend("Toàn tỉnh " + year, DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        // shares of one grade stay far below 100 %: the scale follows the largest bar or line, from at least 10 %
        AxisScale scale = AxisScale.of(List.of(rows), Measure.PERCENT, Stream.concat(Stream.of(provinceBefore, provinceNow),
                official.values().stream()).toArray(Double[]::new)).withFloor(10);
        return PhasePanels.build(title, subtitle, Map.of(0, rows), Measure.PERCENT, scale, year,
                (panel, phase) -> {
                    if (provinceBefore != null) {
                        panel.addRangeMarker(new ValueMarker(provinceBefore, DashboardTheme.PROVINCE_LINE_PREVIOUS,
                                DashboardTheme.PROVINCE_PREVIOUS_STROKE), Layer.BACKGROUND);
                    }
                    if (provinceNow != null) {
                        panel.addRangeMarker(new ValueMarker(provinceNow, DashboardTheme.PROVINCE_LINE,
                                DashboardTheme.PROVINCE_STROKE), Layer.BACKGROUND);
                    }
                    if (!official.isEmpty()) {
                        CategoryMarks.add(panel, rows, officialSeries, official, OFFICIAL, OFFICIAL_MARK);
                    }
                }, lines, theme);
    }

    private static LegendItemCollection legend(List<Comparable<?>> names, boolean official) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        for (int i = 0; i < names.size(); i++) {
            Color paint = i == 0 ? DashboardTheme.PREVIOUS_YEAR : i == 1 && official ? OFFICIAL : DashboardTheme.CURRENT_YEAR;
            items.add(new LegendItem(names.get(i).toString(), null, null, null, square, paint));
        }
        return items;
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
}
