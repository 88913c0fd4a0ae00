package vn.thidua.sampledata;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The two years a data set covers: the reporting year (messy, with the planted problems) and the
 * year before it, the clean baseline. The bundled set reports {@value #DEFAULT_REPORTING}.
 *
 * <p>Another year gives the default set moved in time, nothing else: dates drawn at random are drawn
 * in the default set's calendar and {@link #shift shifted}, and random streams are keyed by the default
 * years ({@link #seedYear}). Figures, names, texts, planted problems and their line numbers are
 * therefore the same for every year and the README's tables hold for any year, dates moved.
 * One exception, national scale only: a unit founded or dissolved on 29/02 of the default reporting
 * year gets 28/02 in a common year, so its initiatives of that phase are drawn over a window a day
 * longer or shorter (same counts; other dates and order in the register).
 */
record Years(int reporting) {
    static final int DEFAULT_REPORTING = 2024;
    /** XLSX zip entries carry MS-DOS dates (1980–2107); the range stays well inside that, and plausible. */
    static final int FIRST = 2000;
    static final int LAST = 2099;
    static final Years DEFAULT = new Years(DEFAULT_REPORTING);

    Years {
        if (reporting < FIRST || reporting > LAST) {
            throw new IllegalArgumentException("reporting year must be between " + FIRST + " and " + LAST + ": " + reporting);
        }
    }

    int baseline() {
        return reporting - 1;
    }

    List<Phase> baselinePhases() {
        return List.of(Phase.of(baseline(), 1), Phase.of(baseline(), 2));
    }

    List<Phase> reportingPhases() {
        return List.of(Phase.of(reporting, 1), Phase.of(reporting, 2));
    }

    /** The four phases in {@link #index} order: the baseline's, then the reporting year's. */
    List<Phase> phases() {
        return List.of(Phase.of(baseline(), 1), Phase.of(baseline(), 2), Phase.of(reporting, 1), Phase.of(reporting, 2));
    }

    Phase reportingPhase(int phase) {
        return Phase.of(reporting, phase);
    }

    /** Position of one of the four phases, for per-unit figure arrays. */
    int index(Phase p) {
        return (p.year() - baseline()) * 2 + p.phase() - 1;
    }

    /** A hand-written day of the baseline year. 29/02 falls on 28/02 in a common year, as with plusYears. */
    LocalDate baselineDay(int month, int day) {
        return MonthDay.of(month, day).atYear(baseline());
    }

    LocalDate reportingDay(int month, int day) {
        return MonthDay.of(month, day).atYear(reporting);
    }

    /** A day of the year after the reporting year: phase 2's deadline and the files sent in January. */
    LocalDate followingDay(int month, int day) {
        return MonthDay.of(month, day).atYear(reporting + 1);
    }

    /** A date of the default set moved to this one; plusYears turns a 29/02 into 28/02 in a common year. */
    LocalDate shift(LocalDate defaultDate) {
        return defaultDate.plusYears(offset());
    }

    /** Back to the default set's calendar, to draw there; exact except for a 29/02 that {@link #shift} clamped. */
    LocalDate unshift(LocalDate date) {
        return date.minusYears(offset());
    }

    /** The year a random stream is keyed by: the default set's, so the year never changes a figure or a text. */
    int seedYear(int year) {
        return year - offset();
    }

    private int offset() {
        return reporting - DEFAULT_REPORTING;
    }
}
