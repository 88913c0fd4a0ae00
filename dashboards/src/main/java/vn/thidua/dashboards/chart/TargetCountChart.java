package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.PhaseNames;
import vn.thidua.dashboards.dataset.YearTexts;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

/**
 * A small target per federation as counts: how many (previous year, this year) with this year's target as a green
 * mark across the federation's bars, and "2/1" printed after the bar — never 200 % for one union over a target of
 * one. Where there is no target the bar says so ("1 (không giao chỉ tiêu)").
 */
public final class TargetCountChart {

    public static final BasicStroke TARGET_MARK = new BasicStroke(2.5f);

    private TargetCountChart() {
    }

    /**
     * @param counts  per federation, the previous year's count and this year's
     * @param targets this year's target per federation (absent: none)
     * @param labels  the text after each bar ("2/1"); a bar without one prints its count
     * @param notes   why a bar is missing, where it is not simply "chưa có số liệu"
     */
    public static JFreeChart draw(String title, String subtitle, List<ComparisonRow> counts, Map<CategoryKey, Double> targets,
                                  YearTexts labels, YearTexts notes, int year, DashboardTheme theme) {
        String targetSeries = "Chỉ tiêu năm " + year;
        AxisScale scale = AxisScale.of(List.of(counts), Measure.COUNT, targets.values().toArray(Double[]::new));
        for (String label : labels.bySeries(year).values()) {
            scale = scale.withWidestLabel(label);
        }
        PhasePanels.Panel panel = new PhasePanels.Panel(scale.axis(PhaseNames.of(0)), counts, plot -> {
            MissingAwareBarRenderer bars = (MissingAwareBarRenderer) plot.getRenderer();
            bars.setDefaultItemLabelGenerator(new FixedItemLabels(labels.bySeries(year),
                    bars.getDefaultItemLabelGenerator()));
            notes.forEach(year, (series, e) -> bars.setMissingNote(series, e.getKey(), e.getValue()));
            CategoryMarks.add(plot, counts, targetSeries, targets, DashboardTheme.TARGET_LINE, TARGET_MARK);
        });
        return PhasePanels.build(title, subtitle, List.of(panel), Measure.COUNT, year,
                List.of(BarCharts.lineLegend(targetSeries, TARGET_MARK, DashboardTheme.TARGET_LINE)), theme);
    }
}
