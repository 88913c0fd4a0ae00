package vn.thidua.jobs.run;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.jobs.ingest.UnknownPhaseException;

/** The movement's calendar as loaded from reference/phases.csv: which years and phases exist. */
final class Calendar {

    private final JdbcTemplate jdbc;

    Calendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    private List<Integer> phases(int year) {
        return jdbc.queryForList("SELECT phase FROM phase WHERE year = ? ORDER BY phase", Integer.class, year);
    }

    private List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT year FROM phase ORDER BY year", Integer.class);
    }
}
