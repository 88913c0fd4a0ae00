package vn.thidua.warehouse.snapshot;

import vn.thidua.warehouse.Level;

/**
 * One row of {@code indicator_value} (contract §4): an indicator of one group for one phase (0 = the whole
 * year), beside the same figure of {@code previousYear}. Null figures were not reported or not computable,
 * never zero.
 */
public record IndicatorValueRow(int year, int phase, Level level, String orgUnitCode, String orgUnitName,
                                String indicatorCode, Double numerator, Double denominator, Double value,
                                Integer previousYear, Double previousValue, Double changeAbs, Double changePct,
                                Integer unitsReporting, Integer unitsExpected) {

    /** Phase 0 holds the figures of the whole year. */
    public static final int WHOLE_YEAR = 0;

    public boolean is(String indicator, Level atLevel, int inPhase) {
        return indicatorCode.equals(indicator) && level == atLevel && phase == inPhase;
    }

    /** The cells in the table's column order. */
    public Object[] cells() {
        return new Object[] {year, phase, level.code(), orgUnitCode, orgUnitName, indicatorCode, numerator, denominator,
                value, previousYear, previousValue, changeAbs, changePct, unitsReporting, unitsExpected};
    }
}
