package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.intake.PreviousFigures;

/** The previous year's stored figures for the same phase, keyed by unit: the base of change warnings. */
class PreviousYearFigures implements PreviousFigures {

    private final JdbcTemplate jdbc;
    private final int year;
    private final int phase;

    PreviousYearFigures(JdbcTemplate jdbc, int year, int phase) {
        this.jdbc = jdbc;
        this.year = year;
        this.phase = phase;
    }

    @Override
    public Map<String, Map<String, BigDecimal>> of(List<String> unitCodes) {
        return StoredFigures.load(jdbc, year, phase, unitCodes);
    }
}
