package vn.thidua.dashboards.snapshot;

import java.util.Objects;

/**
 * One row of {@code indicator_value}. Boxed numbers on purpose: {@code null} means "not reported /
 * not computable", which must never be confused with zero further down.
 */
public record IndicatorValue(
        int year,
        int phase,
        Level level,
        String orgUnitCode,
        String orgUnitName,
        String indicatorCode,
        Double numerator,
        Double denominator,
        Double value,
        Double value2023,
        Double changeAbs,
        Double changePct,
        Integer unitsReporting,
        Integer unitsExpected) {

    /** Phase 0 holds the figures for the whole year. */
    public static final int WHOLE_YEAR = 0;

    public IndicatorValue {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        Objects.requireNonNull(indicatorCode, "indicatorCode");
    }

    public boolean is(String indicator, Level atLevel, int inPhase) {
        return indicatorCode.equals(indicator) && level == atLevel && phase == inPhase;
    }
}
