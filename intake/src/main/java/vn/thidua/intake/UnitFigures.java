package vn.thidua.intake;

import java.math.BigDecimal;
import java.util.SortedMap;

/** The accepted figures of one unit from one line of a file; an absent metric was not reported. */
public record UnitFigures(long line, String unitCode, SortedMap<String, BigDecimal> figures) {
}
