package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.YearComparisonDataset;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * The leading and trailing units of a cluster: two stacked panels ("dẫn đầu", "cuối bảng") on one value
 * axis, the previous year beside this one, with the cluster's own level as a line.
 */
public final class ClusterRankingChart {

    public static final int ROW_HEIGHT = 34;

    private ClusterRankingChart() {
    }

    /**
     * @param top          the leading units (all units when the cluster is small)
     * @param bottom       the trailing units; empty when {@code top} holds them all
     * @param clusterLevel the cluster's own figure this year; null when unknown
     */
    public static JFreeChart draw(String title, String subtitle, String axisLabel, Measure measure, List<ComparisonRow> top,
                                  List<ComparisonRow> bottom, Double clusterLevel, int year, DashboardTheme theme) {
        boolean split = !bottom.isEmpty();
        NumberAxis range = AxisScale.of(List.of(top, bottom), measure, clusterLevel).axis(axisLabel);
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(range);
        combined.setGap(12);
        List<CategoryPlot> panels = new ArrayList<>();
        panels.add(panel(split ? "Dẫn đầu" : "Xếp hạng", top, clusterLevel, year, measure));
        if (split) {
            panels.add(panel("Cuối bảng", bottom, clusterLevel, year, measure));
        }
        panels.forEach(p -> combined.add(p, ((List<?>) p.getDataset().getColumnKeys()).size()));
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        List<LegendItem> extra = new ArrayList<>();
        if (clusterLevel != null) {
            extra.add(BarCharts.lineLegend("Toàn khối " + year, DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        }
        JFreeChart chart = BarCharts.chart(title, subtitle, combined, BarCharts.yearLegend(year, extra), theme);
        for (CategoryPlot p : panels) {
            BarCharts.finish(p, theme);
            p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f); // unit names need two lines, not "…"
            p.getDomainAxis().setLabelFont(theme.legendFont());
            p.getDomainAxis().setLabelPaint(DashboardTheme.MUTED_TEXT);
        }
        range.setTickLabelFont(theme.tickFont());
        range.setAxisLineVisible(false);
        range.setLabelFont(theme.legendFont());
        return chart;
    }

    private static CategoryPlot panel(String name, List<ComparisonRow> rows, Double clusterLevel, int year, Measure measure) {
        CategoryPlot plot = BarCharts.plot(YearComparisonDataset.of(rows, year), PlotOrientation.HORIZONTAL,
                new CategoryAxis(name), null, measure);
        if (clusterLevel != null) {
            plot.addRangeMarker(new ValueMarker(clusterLevel, DashboardTheme.PROVINCE_LINE, DashboardTheme.PROVINCE_STROKE),
                    Layer.BACKGROUND);
        }
        return plot;
    }
}
