package vn.thidua.dashboards.charts;

import java.util.List;

/**
 * What a per-federation chart shows: one indicator, one panel per phase (Đợt 1, Đợt 2, 0 = cả năm),
 * and which reference line crosses the bars.
 */
public record FederationChartSpec(String indicatorCode, String fileName, List<Integer> phases, Reference reference) {

    /** The line drawn across every panel. */
    public enum Reference {
        /** The province's own figure for the phase, 2023 dashed and 2024 solid. */
        PROVINCE,
        /** 100%: the target (achievement indicators). */
        TARGET,
        NONE
    }

    /** Phase 1, phase 2, then the year: the order in which the movement ran. */
    public static final List<Integer> PHASES_AND_YEAR = List.of(1, 2, 0);

    public FederationChartSpec {
        phases = List.copyOf(phases);
    }
}
