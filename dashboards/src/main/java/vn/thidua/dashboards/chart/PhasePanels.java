package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.PhaseNames;
import vn.thidua.dashboards.dataset.YearComparisonDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/**
 * The layout most charts share: horizontal bars, one panel per phase side by side (Đợt 1, Đợt 2, cả năm)
 * on one list of categories written once at the left, every panel on the same value scale so that
 * panels compare at a glance. Horizontal, because names then get a full line instead of a slanted stub.
 */
public final class PhasePanels {

    private PhasePanels() {
    }

    /**
     * The phases that have a figure in either year. A figure of the year only (achievement of a target has
     * no phase value: a phase is never set against the whole year's target) gets the year's panel alone,
     * not two empty panels beside it. All phases when none has a figure.
     */
    public static Map<Integer, List<ComparisonRow>> withFigures(Map<Integer, List<ComparisonRow>> byPhase) {
        Map<Integer, List<ComparisonRow>> kept = new java.util.LinkedHashMap<>();
        byPhase.forEach((phase, rows) -> {
            if (YearComparisonDataset.hasAnyValue(rows)) {
                kept.put(phase, rows);
            }
        });
        return kept.isEmpty() ? byPhase : kept;
    }

    /**
     * @param aligned the rows of each phase, all in the same category order
     * @param decorate adds a phase's reference lines to its panel
     */
    public static JFreeChart build(String title, String subtitle, Map<Integer, List<ComparisonRow>> aligned, Measure measure,
                            double max, int year, BiConsumer<CategoryPlot, Integer> decorate,
                            List<LegendItem> extraLegend, DashboardTheme theme) {
        CategoryAxis shared = new CategoryAxis(null);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(shared);
        combined.setGap(16);
        List<CategoryPlot> panels = new ArrayList<>();
        for (var entry : aligned.entrySet()) {
            int phase = entry.getKey();
            NumberAxis axis = BarCharts.valueAxis(PhaseNames.of(phase), measure, max, aligned.size());
            CategoryPlot panel = BarCharts.plot(YearComparisonDataset.of(entry.getValue(), year),
                    PlotOrientation.HORIZONTAL, axis, measure);
            panel.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
            decorate.accept(panel, phase);
            combined.add(panel);
            panels.add(panel);
        }
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = BarCharts.chart(title, subtitle, combined, BarCharts.yearLegend(year, extraLegend), theme);
        panels.forEach(p -> BarCharts.finish(p, theme));
        BarCharts.styleSharedAxis(shared, theme);
        return chart;
    }
}
