package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.ReferenceLine;
import vn.thidua.dashboards.dataset.YearTexts;

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
        return draw(title, subtitle, aligned, measure, province, reference, YearTexts.NONE, year, theme);
    }

    /** @param missing why a bar is missing where it is not simply unreported ("không giao chỉ tiêu") */
    public static JFreeChart draw(String title, String subtitle, Map<Integer, List<ComparisonRow>> aligned, Measure measure,
                                  Map<Integer, ComparisonRow> province, ReferenceLine reference, YearTexts missing,
                                  int year, DashboardTheme theme) {
        // the labels may be moved past the reference lines: the scale reaches past them too
        List<Double> lines = new ArrayList<>(reference == ReferenceLine.TARGET ? List.of(100.0) : List.of());
        if (reference == ReferenceLine.PROVINCE) {
            province.values().forEach(p -> {
                lines.add(p.previous());
                lines.add(p.current());
            });
        }
        AxisScale scale = AxisScale.of(aligned.values(), measure, lines.toArray(Double[]::new));
        List<LegendItem> legend = new ArrayList<>();
        if (reference == ReferenceLine.PROVINCE) {
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + (year - 1),
                    DashboardTheme.PROVINCE_PREVIOUS_STROKE, DashboardTheme.PROVINCE_LINE_PREVIOUS));
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + year, DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        } else if (reference == ReferenceLine.TARGET) {
            legend.add(BarCharts.lineLegend("Chỉ tiêu (100%)", DashboardTheme.TARGET_STROKE, DashboardTheme.TARGET_LINE));
        }
        return PhasePanels.build(title, subtitle, aligned, measure, scale, year,
                (panel, phase) -> {
                    addReference(panel, province.get(phase), reference);
                    MissingAwareBarRenderer bars = (MissingAwareBarRenderer) panel.getRenderer();
                    missing.forEach(year, (series, e) -> bars.setMissingNote(series, e.getKey(), e.getValue()));
                }, legend, theme);
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
