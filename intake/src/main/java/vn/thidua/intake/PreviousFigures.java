package vn.thidua.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The previous year's accepted figures for the same phase, per unit: the base of the change warnings. */
@FunctionalInterface
public interface PreviousFigures {

    PreviousFigures NONE = units -> Map.of();

    Map<String, Map<String, BigDecimal>> of(List<String> unitCodes);
}
