package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;

import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * A few related province-wide figures, one panel per phase on a shared value axis (so that a phase's bars
 * compare with the year's), the previous year beside this one, and the 100 % line for achievements.
 */
public final class ProvinceChart {

    private ProvinceChart() {
    }

    /** @param shown each phase's rows, already in the unit the axis shows (money in millions or billions) */
    public static JFreeChart draw(String title, String subtitle, Map<Integer, List<ComparisonRow>> shown, Measure measure,
                                  boolean targetLine, int year, DashboardTheme theme) {
        AxisScale scale = AxisScale.of(shown.values(), measure, targetLine ? 100.0 : null);
        List<LegendItem> extra = targetLine
                ? List.of(BarCharts.lineLegend("Chỉ tiêu (100%)", DashboardTheme.TARGET_STROKE, DashboardTheme.TARGET_LINE))
                : List.of();
        return PhasePanels.build(title, subtitle, shown, measure, scale, year, (panel, phase) -> {
            if (targetLine) {
                panel.addRangeMarker(new ValueMarker(100, DashboardTheme.TARGET_LINE, DashboardTheme.TARGET_STROKE),
                        Layer.BACKGROUND);
            }
        }, extra, theme);
    }
}
