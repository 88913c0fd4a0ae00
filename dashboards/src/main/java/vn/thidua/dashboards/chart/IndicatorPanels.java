package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.PhaseNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;

/**
 * Related figures of very different size ("Nhà Mái ấm Công đoàn" 14 → 8 beside 759 dialogues): on one axis the
 * small ones would be invisible slivers, so each indicator gets a panel and a scale of its own, the phases as
 * rows (Đợt 1, Đợt 2, Cả năm), the previous year beside this one. The panel's heading names the indicator.
 */
public final class IndicatorPanels {

    /** Above this ratio between the largest figures of two indicators, they no longer share an axis. */
    public static final double MAX_RATIO_ON_ONE_AXIS = 5;

    private IndicatorPanels() {
    }

    /**
     * Whether, in any phase, the indicators' figures differ so much (the largest more than
     * {@link #MAX_RATIO_ON_ONE_AXIS} times the smallest indicator's) that the smallest would not be read on the
     * largest one's axis. Rates in per cent always share 0–100.
     *
     * @param byPhase each phase's rows, one per indicator, in the same order
     */
    public static boolean needed(Map<Integer, List<ComparisonRow>> byPhase, Measure measure) {
        return measure != Measure.PERCENT && byPhase.values().stream().anyMatch(IndicatorPanels::tooDifferent);
    }

    private static boolean tooDifferent(List<ComparisonRow> rows) {
        List<Double> maxima = rows.stream()
                .map(r -> Stream.of(r.previous(), r.current()).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                        .max())
                .filter(java.util.OptionalDouble::isPresent).map(java.util.OptionalDouble::getAsDouble).toList();
        double largest = maxima.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double smallest = maxima.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return maxima.size() > 1 && largest > 0 && largest > MAX_RATIO_ON_ONE_AXIS * smallest;
    }

    /**
     * @param byPhase   each phase's rows, one per indicator in the order of {@code headings}
     * @param headings  the indicators' short names, one panel each
     */
    public static JFreeChart draw(String title, String subtitle, Map<Integer, List<ComparisonRow>> byPhase,
                                  List<String> headings, Measure measure, int year, DashboardTheme theme) {
        List<PhasePanels.Panel> panels = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            List<ComparisonRow> rows = new ArrayList<>();
            for (var entry : byPhase.entrySet()) {
                ComparisonRow r = entry.getValue().get(i);
                rows.add(new ComparisonRow(new CategoryKey("phase-" + entry.getKey(), PhaseNames.of(entry.getKey())),
                        r.fullName(), r.previous(), r.current()));
            }
            AxisScale scale = AxisScale.of(List.of(rows), measure);
            panels.add(new PhasePanels.Panel(new HeadingAxis(headings.get(i), scale), rows, p -> { }));
        }
        JFreeChart chart = PhasePanels.build(title, subtitle, panels, measure, year, List.of(), theme);
        // headings in the panels' own font, after the theme (which would make them bold and large)
        ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().forEach(p ->
                ((CategoryPlot) p).getRangeAxis().setLabelFont(BundledFonts.bold(12f)));
        return chart;
    }
}
