package vn.thidua.forms.roster;

import java.time.LocalDate;
import vn.thidua.intake.IntakeCatalogue;

/** One row of {@code org_units.csv} as the clerk's desk needs it. */
public record Unit(String code, String name, String parentCode, int level, LocalDate openedOn, LocalDate closedOn) {

    /** The {@code expected} rule of contract §1, the very method the intake checks a row with. */
    public boolean openDuring(IntakeCatalogue.Phase phase) {
        return IntakeCatalogue.openDuring(openedOn, closedOn, phase);
    }
}
