package vn.thidua.evaluation.input;

import java.util.Map;
import java.util.Optional;

/**
 * One unit's whole-year figures (phase 0, level unit) by indicator code. {@code reported} is false when the
 * unit sent nothing all year (units_reporting 0 on every row, or no rows): such a unit is not a zero performer.
 */
public record UnitFigures(String unitCode, boolean reported, Map<String, Double> values) {

    public UnitFigures {
        values = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }

    /** Empty when the indicator is null for the unit (not reported, or not computable). */
    public Optional<Double> value(String indicator) {
        return Optional.ofNullable(values.get(indicator));
    }

    public static UnitFigures none(String unitCode) {
        return new UnitFigures(unitCode, false, Map.of());
    }
}
