package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What validation needs from the reference data, read once per run: the metric catalogue with its
 * bounds and header aliases, the cross-field rules, the org units and the phase. Rules come from
 * these tables, never from code.
 */
record IntakeCatalogue(Phase phase, List<Metric> metrics, Map<String, Metric> metricsByHeader,
                       List<Rule> rules, Map<String, OrgUnit> units) {

    record Phase(int year, int phase, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
    }

    record Metric(String code, String labelVi, String unit, BigDecimal min, BigDecimal max,
                  BigDecimal maxChangePct, boolean required) {
        boolean integral() {
            return !unit.equals("vnd");
        }
    }

    record Rule(String code, String left, String operator, List<String> right, String messageVi) {
    }

    record OrgUnit(String code, String name, int level, LocalDate openedOn, LocalDate closedOn) {
        boolean openDuring(Phase phase) {
            return (openedOn == null || !openedOn.isAfter(phase.endsOn()))
                    && (closedOn == null || !closedOn.isBefore(phase.startsOn()));
        }
    }

    static IntakeCatalogue load(JdbcTemplate jdbc, int year, int phaseNo) {
        List<Phase> phases = jdbc.query("SELECT year, phase, starts_on, ends_on, deadline FROM phase WHERE year = ? AND phase = ?",
                (rs, i) -> new Phase(rs.getInt(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate()), year, phaseNo);
        if (phases.isEmpty()) {
            throw new IllegalStateException("Không có đợt " + phaseNo + " năm " + year + " trong danh mục phases.csv"
                    + " (unknown phase; load the reference data first)");
        }
        Map<String, Metric> byHeader = new HashMap<>();
        List<Metric> metrics = jdbc.query("SELECT code, label_vi, unit, min_value, max_value, max_change_pct, required, aliases"
                + " FROM metric ORDER BY ordinal", (rs, i) -> {
                    Metric m = new Metric(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7));
                    byHeader.put(Headers.normalize(m.code()), m);
                    byHeader.put(Headers.normalize(m.labelVi()), m);
                    Arrays.stream(rs.getString(8).split("\\|")).filter(a -> !a.isBlank())
                            .forEach(alias -> byHeader.put(Headers.normalize(alias), m));
                    return m;
                });
        List<Rule> rules = jdbc.query("SELECT code, left_term, operator, right_term, message_vi FROM metric_rule ORDER BY code",
                (rs, i) -> new Rule(rs.getString(1), rs.getString(2), rs.getString(3),
                        Arrays.stream(rs.getString(4).split("\\+")).map(String::trim).toList(), rs.getString(5)));
        Map<String, OrgUnit> units = new LinkedHashMap<>();
        jdbc.query("SELECT code, name, level, opened_on, closed_on FROM org_unit", rs -> {
            units.put(rs.getString(1), new OrgUnit(rs.getString(1), rs.getString(2), rs.getInt(3),
                    rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                    rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()));
        });
        return new IntakeCatalogue(phases.get(0), metrics, byHeader, rules, units);
    }
}
