package vn.thidua.jobs.run;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.jobs.ingest.UnknownPhaseException;

/**
 * The movement's calendar as loaded from reference/phases.csv: which years and phases exist. The reporting
 * year a command uses when none is given is the latest year there, so adding next year's phases to the
 * file is all it takes to run next year's movement.
 */
final class Calendar {

    private final JdbcTemplate jdbc;

    Calendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int yearOrLatest(Integer year) {
        if (year != null) {
            return year;
        }
        List<Integer> years = years();
        if (years.isEmpty()) {
            throw new UnknownPhaseException(years);
        }
        return years.get(years.size() - 1);
    }

    void requireYear(int year) {
        if (phases(year).isEmpty()) {
            throw new UnknownPhaseException(year, years());
        }
    }

    void requirePhase(int year, int phase) {
        List<Integer> phases = phases(year);
        if (!phases.contains(phase)) {
            throw new UnknownPhaseException(year, phase, phases, years());
        }
    }

    List<Integer> phases(int year) {
        return jdbc.queryForList("SELECT phase FROM phase WHERE year = ? ORDER BY phase", Integer.class, year);
    }

    List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT year FROM phase ORDER BY year", Integer.class);
    }
}
