package vn.thidua.evaluation.input;

import java.time.LocalDate;

/** A unit's founding and dissolution dates, from the snapshot's {@code org_unit} (null when not known). */
public record UnitHistory(String code, LocalDate openedOn, LocalDate closedOn) {
}
