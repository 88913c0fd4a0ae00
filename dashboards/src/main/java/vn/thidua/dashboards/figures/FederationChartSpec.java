package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.dataset.ReferenceLine;

import java.util.List;

/**
 * What a per-federation chart shows: one indicator, one panel per phase (Đợt 1, Đợt 2, 0 = cả năm),
 * and which reference line crosses the bars.
 */
public record FederationChartSpec(String indicatorCode, String fileName, List<Integer> phases, ReferenceLine reference) {

    /** Phase 1, phase 2, then the year: the order in which the movement ran. */
    public static final List<Integer> PHASES_AND_YEAR = List.of(1, 2, 0);

    public FederationChartSpec {
        phases = List.copyOf(phases);
    }
}
