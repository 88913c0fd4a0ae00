package vn.thidua.evaluation.input;

import java.time.LocalDate;

/** A unit's dates from the reference org_units.csv: the snapshot's org_unit table does not carry them. */
public record UnitHistory(String code, LocalDate openedOn, LocalDate closedOn) {
}
