package vn.thidua.sampledata;

import java.time.LocalDate;

/**
 * A reporting phase (đợt). The calendar is assumed (DOMAIN.md): phase 1 runs to 31/7, phase 2 to
 * 31/12, each with a deadline ten days later. It is written to phases.csv, so the application reads
 * it as data.
 */
record Phase(int year, int phase, String name, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {

    static Phase of(int year, int phase) {
        String name = "Đợt " + phase + " năm " + year;
        return phase == 1
                ? new Phase(year, 1, name, LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 31), LocalDate.of(year, 8, 10))
                : new Phase(year, 2, name, LocalDate.of(year, 8, 1), LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 10));
    }

    /** Share of the year: flows scale with the phase's length (7 and 5 months). */
    double share() {
        return phase == 1 ? 7 / 12.0 : 5 / 12.0;
    }

    String inboxDir() {
        return "inbox/" + year + "/phase-" + phase;
    }

    /** The clean baseline's one consolidated file per phase, named after its deadline. */
    String consolidatedFileName() {
        return deadline + "_tong-hop-dot-" + phase + "-" + year + ".csv";
    }

    boolean contains(LocalDate d) {
        return d != null && !d.isBefore(startsOn) && !d.isAfter(endsOn);
    }
}
