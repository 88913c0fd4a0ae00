package vn.thidua.jobs.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.thidua.intake.IntakeCatalogue;

/** Loads what the intake checks against from the reference tables, once per run. */
public final class IntakeCatalogues {

    private static final String PHASES = "SELECT year, phase, starts_on, ends_on, deadline FROM phase";
    private static final RowMapper<IntakeCatalogue.Phase> PHASE = (rs, i) -> new IntakeCatalogue.Phase(rs.getInt(1),
            rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate());

    private IntakeCatalogues() {
    }

    /** Every phase of the calendar, in order. */
    public static List<IntakeCatalogue.Phase> phases(JdbcTemplate jdbc) {
        return jdbc.query(PHASES + " ORDER BY year, phase", PHASE);
    }

    /** @throws UnknownPhaseException when the catalogue has no such phase */
    public static IntakeCatalogue load(JdbcTemplate jdbc, int year, int phaseNo) {
        List<IntakeCatalogue.Phase> phases = jdbc.query(PHASES + " WHERE year = ? AND phase = ?", PHASE, year, phaseNo);
        if (phases.isEmpty()) {
            throw new UnknownPhaseException(year, phaseNo,
                    jdbc.queryForList("SELECT phase FROM phase WHERE year = ? ORDER BY phase", Integer.class, year),
                    jdbc.queryForList("SELECT DISTINCT year FROM phase ORDER BY year", Integer.class));
        }
        List<IntakeCatalogue.Metric> metrics = jdbc.query("SELECT code, label_vi, unit, min_value, max_value, max_change_pct,"
                + " required, aliases FROM metric ORDER BY ordinal", (rs, i) -> new IntakeCatalogue.Metric(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                rs.getBoolean(7), Arrays.stream(rs.getString(8).split("\\|")).filter(a -> !a.isBlank()).toList()));
        List<IntakeCatalogue.Rule> rules = jdbc.query("SELECT code, left_term, operator, right_term, message_vi"
                + " FROM metric_rule ORDER BY code", (rs, i) -> new IntakeCatalogue.Rule(rs.getString(1), rs.getString(2),
                rs.getString(3), Arrays.stream(rs.getString(4).split("\\+")).map(String::trim).toList(), rs.getString(5)));
        Map<String, IntakeCatalogue.OrgUnit> units = new LinkedHashMap<>();
        jdbc.query("SELECT code, name, level, opened_on, closed_on FROM org_unit", rs -> {
            units.put(rs.getString(1), new IntakeCatalogue.OrgUnit(rs.getString(1), rs.getString(2), rs.getInt(3),
                    date(rs.getDate(4)), date(rs.getDate(5))));
        });
        // the version a template is checked against: the catalogue loaded last (as `status` shows it)
        List<String> version = jdbc.queryForList("SELECT version FROM catalogue_version ORDER BY loaded_at DESC,"
                + " version DESC LIMIT 1", String.class);
        return IntakeCatalogue.of(phases.get(0), metrics, rules, units).withVersion(version.isEmpty() ? null : version.get(0));
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
