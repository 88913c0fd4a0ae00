package vn.thidua.warehouse.snapshot;

import java.time.LocalDate;

/** One row of {@code phase}: a phase (đợt) of a year's movement, its dates and its submission deadline. */
public record PhaseRow(int year, int phase, String name, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {

    public Object[] cells() {
        return new Object[] {year, phase, name, startsOn, endsOn, deadline};
    }
}
