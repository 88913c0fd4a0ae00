package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.ReferenceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * One indicator for every federation: one panel per phase on a shared scale, the previous year beside this
 * year, and the province's figure (or the 100 % target) as a line behind the bars.
 */
public final class FederationChart {

    private FederationChart() {
    }

    /**
     * @param aligned  each phase's rows, all in the same category order
     * @param province the province's figures per phase, for {@link ReferenceLine#PROVINCE}
     */
    public static JFreeChart draw(String title, String subtitle, Map<Integer, List<ComparisonRow>> aligned, Measure measure,
                                  Map<Integer, ComparisonRow> province, ReferenceLine reference, int year,
                                  DashboardTheme theme) {
        double max = aligned.values().stream().mapToDouble(BarCharts::maxValue).max().orElse(0);
        if (reference == ReferenceLine.TARGET) {
            max = Math.max(max, 100);
        }
        List<LegendItem> legend = new ArrayList<>();
        if (reference == ReferenceLine.PROVINCE) {
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + (year - 1),
                    DashboardTheme.PROVINCE_PREVIOUS_STROKE, DashboardTheme.PROVINCE_LINE_PREVIOUS));
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + year, DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        } else if (reference == ReferenceLine.TARGET) {
            legend.add(BarCharts.lineLegend("Chỉ tiêu (100%)", DashboardTheme.TARGET_STROKE, DashboardTheme.TARGET_LINE));
        }
        return PhasePanels.build(title, subtitle, aligned, measure, max, year,
                (panel, phase) -> addReference(panel, province.get(phase), reference), legend, theme);
    }

    /** The reference line behind the bars, so that it never crosses a bar's value label. */
    private static void addReference(CategoryPlot panel, ComparisonRow province, ReferenceLine reference) {
        switch (reference) {
            case PROVINCE -> {
                if (province != null && province.previous() != null) {
                    panel.addRangeMarker(new ValueMarker(province.previous(), DashboardTheme.PROVINCE_LINE_PREVIOUS,
                            DashboardTheme.PROVINCE_PREVIOUS_STROKE), Layer.BACKGROUND);
                }
                if (province != null && province.current() != null) {
                    panel.addRangeMarker(new ValueMarker(province.current(), DashboardTheme.PROVINCE_LINE,
                            DashboardTheme.PROVINCE_STROKE), Layer.BACKGROUND);
                }
            }
            case TARGET -> panel.addRangeMarker(new ValueMarker(100, DashboardTheme.TARGET_LINE, DashboardTheme.TARGET_STROKE),
                    Layer.BACKGROUND);
            case NONE -> {
                // nothing to compare with but the previous year
            }
        }
    }

    /** "Đợt 1, Đợt 2 và cả năm · so sánh với cùng kỳ năm 2023". */
    public static String subtitle(List<Integer> phases, int year) {
        List<String> names = phases.stream().map(p -> p == 0 ? "cả năm" : vn.thidua.dashboards.dataset.PhaseNames.of(p))
                .toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + " · so sánh với cùng kỳ năm " + (year - 1);
    }
}
