package vn.thidua.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * What storing one file did, as the clerk's report tells it: units added, updated and unchanged, every value
 * that changed (old and new), and every earlier value a correction kept because its cell was blank or its
 * column absent — blank means "not in this file", never zero and never "withdrawn".
 */
public record ImportOutcome(int imported, int updated, int unchanged, List<ValueChange> changes, List<KeptValue> kept) {

    public static final ImportOutcome NOTHING = new ImportOutcome(0, 0, 0, List.of(), List.of());

    /** @param oldValue null when the unit had not reported this figure before */
    public record ValueChange(String unitCode, String metricCode, BigDecimal oldValue, BigDecimal newValue) {
    }

    /** @param columnInFile true when the file has the column and the cell was blank; false when it has no such column */
    public record KeptValue(String unitCode, String metricCode, BigDecimal value, boolean columnInFile) {
    }
}
