package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.PhaseNames;
import vn.thidua.dashboards.dataset.YearComparisonDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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

    /** Between panels: room for a tick label that ends a panel ("1.000") and the next panel's "0". */
    public static final double GAP = 24;

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
        AxisScale scale = AxisScale.of(aligned.values(), measure, max);
        return build(title, subtitle, aligned, measure, scale, year, decorate, extraLegend, theme);
    }

    /** @param scale the one scale of every panel: how far bars and lines reach, and the widest value label */
    public static JFreeChart build(String title, String subtitle, Map<Integer, List<ComparisonRow>> aligned, Measure measure,
                                   AxisScale scale, int year, BiConsumer<CategoryPlot, Integer> decorate,
                                   List<LegendItem> extraLegend, DashboardTheme theme) {
        List<Panel> panels = new ArrayList<>();
        aligned.forEach((phase, rows) -> panels.add(new Panel(scale.axis(PhaseNames.of(phase)), rows,
                p -> decorate.accept(p, phase))));
        return build(title, subtitle, panels, measure, year, extraLegend, theme);
    }

    /**
     * One panel: its value axis (named after the phase, or the indicator it shows), its rows in the shared
     * category order, and what it adds on top (reference lines).
     */
    public record Panel(NumberAxis axis, List<ComparisonRow> rows, Consumer<CategoryPlot> decorate) {

        public Panel {
            rows = List.copyOf(rows);
        }
    }

    /** Panels side by side on one list of categories written once at the left. */
    public static JFreeChart build(String title, String subtitle, List<Panel> panels, Measure measure, int year,
                                   List<LegendItem> extraLegend, DashboardTheme theme) {
        CategoryAxis shared = new CategoryAxis(null);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(shared);
        combined.setGap(GAP);
        List<CategoryPlot> plots = new ArrayList<>();
        for (Panel p : panels) {
            CategoryPlot plot = BarCharts.plot(YearComparisonDataset.of(p.rows(), year), PlotOrientation.HORIZONTAL,
                    p.axis(), measure);
            plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
            p.decorate().accept(plot);
            combined.add(plot);
            plots.add(plot);
        }
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = BarCharts.chart(title, subtitle, combined, BarCharts.yearLegend(year, extraLegend), theme);
        plots.forEach(p -> BarCharts.finish(p, theme));
        BarCharts.styleSharedAxis(shared, theme);
        return chart;
    }
}
