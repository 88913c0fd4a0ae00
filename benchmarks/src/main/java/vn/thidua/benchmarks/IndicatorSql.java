package vn.thidua.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.reference.indicator.Catalogue;
import vn.thidua.reference.indicator.IndicatorDefinition;
import vn.thidua.reference.indicator.IndicatorParser;
import vn.thidua.reference.indicator.MetricDefinition;
import vn.thidua.reference.indicator.MetricKind;
import vn.thidua.reference.indicator.Term;
import vn.thidua.reference.indicator.YearRule;

/**
 * The anchors of the analytics benchmark: the published {@code indicator_value} of contract §4 — every
 * catalogue indicator, every level, the phases and the year (phase 0), the previous year's value and the
 * changes, the same rows — as ONE SQL statement generated from the catalogue as the reference module parses
 * it ({@link Catalogue}, {@link Term}, {@link YearRule}), for PostgreSQL over the database's own tables and for
 * DuckDB over the analytics export (contract §3). Only the sources ({@link Sources}) differ between the two.
 *
 * <p>The statement follows the Spark job step by step (analytics module, {@code compute/}): base rows per
 * unit and phase (every grassroots union open in the phase, reported or not, and the federations' own rows),
 * per indicator the row's numerator and denominator, null unless every term of both sides is known; the year
 * per unit with the phases paired (sums add up, stocks from the latest contributing phase, targets once,
 * target shares decided on the year's sum, target indicators only for a unit known in every phase it was
 * open); the roll-up to federation, cluster and province; the previous year beside; long rows.
 * {@code IndicatorAnchorsTest} checks that both give exactly Spark's rows on the sample.
 */
public final class IndicatorSql {

    /** The contract's column order of indicator_value (year and phase included). */
    public static final List<String> COLUMNS = List.of("year", "phase", "level", "org_unit_code", "org_unit_name",
            "indicator_code", "numerator", "denominator", "value", "previous_year", "previous_value", "change_abs",
            "change_pct", "units_reporting", "units_expected");

    /**
     * The relations the statement reads, each a parenthesised query or a table expression.
     *
     * @param orgUnits    code, name, parent_code, level, cluster, opened_on, closed_on
     * @param clusters    code, name
     * @param phases      year, phase, starts_on, ends_on
     * @param targets     year, unit_code, metric_code, target_value (double)
     * @param submissions year, phase, unit_code, late (boolean), then {@code "m__<metric>"} doubles
     * @param registers   year, phase, unit_code, then {@code "r__<field>"} doubles
     */
    public record Sources(String orgUnits, String clusters, String phases, String targets, String submissions,
                          String registers) {
    }

    private IndicatorSql() {
    }

    // ---- the sources ------------------------------------------------------------------------------------

    /** PostgreSQL over the tables the export reads, with the export's own expressions (AnalyticsExport). */
    public static Sources postgresTables(Catalogue catalogue, int year) {
        String years = (year - 1) + ", " + year;
        String metrics = catalogue.metricCodes().stream()
                .map(m -> ", (figures ->> '" + m.replace("'", "''") + "')::float8 AS " + q(metric(m)))
                .collect(Collectors.joining());
        return new Sources("org_unit", "cluster", "phase",
                "(SELECT year, unit_code, metric_code, target_value::float8 AS target_value FROM target WHERE year IN (" + years + "))",
                "(SELECT year, phase, unit_code, late" + metrics + " FROM unit_submission WHERE year IN (" + years + "))",
                "(SELECT year, phase, unit_code, count(*)::float8 AS " + q(register("registered"))
                        + ", (count(*) FILTER (WHERE status IN ('recognized', 'applied')))::float8 AS " + q(register("recognized"))
                        + ", (count(*) FILTER (WHERE status = 'applied'))::float8 AS " + q(register("applied"))
                        + ", sum(benefit_vnd)::float8 AS " + q(register("benefit_vnd"))
                        + " FROM initiative WHERE year IN (" + years + ") GROUP BY year, phase, unit_code)");
    }

    /** DuckDB over the CSV files of the analytics export (contract §3), with declared column types. */
    public static Sources duckdbExport(Catalogue catalogue, String dir) {
        String metricTypes = catalogue.metricCodes().stream().map(m -> ", '" + m + "': 'DOUBLE'").collect(Collectors.joining());
        String metricColumns = catalogue.metricCodes().stream().map(m -> ", " + q(m) + " AS " + q(metric(m)))
                .collect(Collectors.joining());
        return new Sources(
                csv(dir, "org_units.csv", "'code': 'VARCHAR', 'name': 'VARCHAR', 'parent_code': 'VARCHAR', 'level': 'INTEGER',"
                        + " 'type': 'VARCHAR', 'cluster': 'VARCHAR', 'opened_on': 'DATE', 'closed_on': 'DATE'"),
                csv(dir, "clusters.csv", "'code': 'VARCHAR', 'name': 'VARCHAR'"),
                csv(dir, "phases.csv", "'year': 'INTEGER', 'phase': 'INTEGER', 'name': 'VARCHAR', 'starts_on': 'DATE',"
                        + " 'ends_on': 'DATE', 'deadline': 'DATE'"),
                csv(dir, "targets.csv", "'year': 'INTEGER', 'unit_code': 'VARCHAR', 'metric_code': 'VARCHAR', 'target_value': 'DOUBLE'"),
                "(SELECT year, phase, unit_code, late" + metricColumns + " FROM "
                        + csv(dir, "submissions.csv", "'year': 'INTEGER', 'phase': 'INTEGER', 'unit_code': 'VARCHAR',"
                        + " 'submitted_at': 'VARCHAR', 'late': 'BOOLEAN'" + metricTypes) + ")",
                "(SELECT year, phase, unit_code" + Term.REGISTER_FIELDS.stream().map(f -> ", " + q(f) + " AS " + q(register(f)))
                        .collect(Collectors.joining()) + " FROM "
                        + csv(dir, "initiative_register.csv", "'year': 'INTEGER', 'phase': 'INTEGER', 'unit_code': 'VARCHAR',"
                        + " 'registered': 'DOUBLE', 'recognized': 'DOUBLE', 'applied': 'DOUBLE', 'benefit_vnd': 'DOUBLE'") + ")");
    }

    private static String csv(String dir, String file, String columns) {
        return "read_csv('" + (dir + "/" + file).replace("'", "''") + "', header = true, auto_detect = false, delim = ',',"
                + " quote = '\"', escape = '\"', columns = {" + columns + "})";
    }

    /** The catalogue of the database (metric and indicator tables), parsed by the reference module. */
    public static Catalogue postgresCatalogue(Connection connection) throws SQLException {
        return catalogue(connection, "SELECT code, kind FROM metric ORDER BY ordinal",
                "SELECT code, label_vi, label_en, numerator, denominator, scale::float8, unit, direction FROM indicator ORDER BY ordinal");
    }

    /** The catalogue of an export (metrics.csv and indicators.csv), read by DuckDB, parsed by the reference module. */
    public static Catalogue duckdbCatalogue(Connection duckdb, String dir) throws SQLException {
        return catalogue(duckdb, "SELECT code, kind FROM read_csv('" + dir + "/metrics.csv', header = true, all_varchar = true)",
                "SELECT code, label_vi, label_en, numerator, denominator, CAST(scale AS DOUBLE), unit, direction FROM read_csv('"
                        + dir + "/indicators.csv', header = true, all_varchar = true)");
    }

    private static Catalogue catalogue(Connection connection, String metricsSql, String indicatorsSql) throws SQLException {
        List<MetricDefinition> metrics = new ArrayList<>();
        List<IndicatorParser.Raw> indicators = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(metricsSql)) {
                while (rs.next()) {
                    metrics.add(new MetricDefinition(rs.getString(1).trim(), MetricKind.parse(rs.getString(2))));
                }
            }
            try (ResultSet rs = st.executeQuery(indicatorsSql)) {
                while (rs.next()) {
                    double scale = rs.getDouble(6);
                    indicators.add(new IndicatorParser.Raw(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.wasNull() ? null : scale, rs.getString(7), rs.getString(8)));
                }
            }
        }
        return Catalogue.of(metrics, indicators);
    }

    // ---- the statement ----------------------------------------------------------------------------------

    /** PostgreSQL: the rows into a new table (unlogged: like a Parquet file, no write-ahead log). */
    public static String postgresTable(String table, Catalogue catalogue, int year) {
        return "CREATE UNLOGGED TABLE " + table + " AS " + select(catalogue, postgresTables(catalogue, year), year, Dialect.POSTGRES);
    }

    /** DuckDB: the rows as Parquet, partitioned by year and phase like the published snapshot. */
    public static String duckdbParquet(String outputDir, Catalogue catalogue, String exportDir, int year) {
        return "COPY (" + select(catalogue, duckdbExport(catalogue, exportDir), year, Dialect.DUCKDB) + ") TO '" + outputDir.replace("'", "''")
                + "' (FORMAT parquet, PARTITION_BY (year, phase))";
    }

    /** The SQL the statement is written in: the same statement but for the last step, turning the rows long. */
    public enum Dialect { POSTGRES, DUCKDB }

    /** indicator_value of {@code year} in the contract's columns, from the given sources. */
    public static String select(Catalogue catalogue, Sources s, int year, Dialect dialect) {
        List<IndicatorDefinition> indicators = catalogue.indicators();
        List<YearRule> rules = catalogue.yearRules();
        int n = indicators.size();
        String years = (year - 1) + ", " + year;
        StringBuilder sql = new StringBuilder("WITH ");

        // where each unit rolls up (OrgDimension.units)
        sql.append("ou AS (SELECT code, name, parent_code, level, cluster, opened_on, closed_on FROM ").append(s.orgUnits()).append(" x),\n");
        sql.append("units AS (SELECT u.code AS unit_code, u.level AS org_level,"
                + " CASE WHEN u.level = 3 THEN u.parent_code WHEN u.level = 2 THEN u.code END AS fed_code,"
                + " CASE WHEN u.level = 3 THEN u.cluster END AS cluster,"
                + " CASE WHEN u.level = 1 THEN u.code WHEN p.level = 1 THEN p.code ELSE p.parent_code END AS province_code,"
                + " u.opened_on, u.closed_on FROM ou u LEFT JOIN ou p ON p.code = u.parent_code),\n");
        sql.append("cal AS (SELECT year, phase, starts_on, ends_on FROM ").append(s.phases()).append(" x WHERE year IN (")
                .append(years).append(")),\n");
        String open = "(u.opened_on IS NULL OR u.opened_on <= c.ends_on) AND (u.closed_on IS NULL OR u.closed_on >= c.starts_on)";
        // BaseRows.build: expected grassroots unions, with or without figures, and the federations' own rows
        sql.append("expected AS (SELECT c.year, c.phase, u.unit_code FROM units u JOIN cal c ON ").append(open)
                .append(" WHERE u.org_level = 3),\n");
        sql.append("fed_phases AS (SELECT c.year, u.unit_code, count(*) AS phases_open FROM units u JOIN cal c ON ").append(open)
                .append(" WHERE u.org_level = 2 GROUP BY c.year, u.unit_code),\n");
        sql.append("sub AS (SELECT x.* FROM ").append(s.submissions()).append(" x JOIN cal c ON c.year = x.year AND c.phase = x.phase),\n");
        StringBuilder metricColumns = new StringBuilder();
        for (String m : catalogue.metricCodes()) {
            metricColumns.append(", CAST(s.").append(q(metric(m))).append(" AS float8) AS ").append(q(metric(m)));
        }
        sql.append("base AS (SELECT coalesce(e.year, s.year) AS year, coalesce(e.phase, s.phase) AS phase, un.unit_code,"
                + " un.org_level, un.fed_code, un.cluster, un.province_code,"
                + " CASE WHEN e.unit_code IS NOT NULL THEN 1 ELSE 0 END AS expected,"
                + " CASE WHEN e.unit_code IS NOT NULL AND s.unit_code IS NOT NULL THEN 1 ELSE 0 END AS reported,"
                + " CASE WHEN e.unit_code IS NOT NULL AND s.unit_code IS NOT NULL AND s.late = false THEN 1 ELSE 0 END AS on_time")
                .append(metricColumns)
                .append(" FROM expected e FULL JOIN sub s ON s.year = e.year AND s.phase = e.phase AND s.unit_code = e.unit_code"
                        + " JOIN units un ON un.unit_code = coalesce(e.unit_code, s.unit_code)"
                        + " WHERE e.unit_code IS NOT NULL OR un.org_level = 2),\n");
        // Registers.join, Targets.join
        String rows = "base";
        StringBuilder joined = new StringBuilder("SELECT b.*");
        StringBuilder joins = new StringBuilder(" FROM base b");
        if (catalogue.readsRegisters()) {
            for (String f : Term.REGISTER_FIELDS) {
                joined.append(", r.").append(q(register(f)));
            }
            joins.append(" LEFT JOIN ").append(s.registers()).append(" r ON r.year = b.year AND r.phase = b.phase AND r.unit_code = b.unit_code");
        }
        if (!catalogue.targetMetrics().isEmpty()) {
            StringBuilder pivot = new StringBuilder("SELECT year, unit_code");
            for (String m : catalogue.targetMetrics()) {
                pivot.append(", max(CASE WHEN metric_code = '").append(m).append("' THEN target_value END) AS ").append(q(target(m)));
                joined.append(", t.").append(q(target(m)));
            }
            pivot.append(" FROM ").append(s.targets()).append(" x WHERE year IN (").append(years).append(") AND metric_code IN (")
                    .append(catalogue.targetMetrics().stream().map(m -> "'" + m + "'").collect(Collectors.joining(", ")))
                    .append(") GROUP BY year, unit_code");
            joins.append(" LEFT JOIN (").append(pivot).append(") t ON t.year = b.year AND t.unit_code = b.unit_code");
        }
        if (catalogue.readsRegisters() || !catalogue.targetMetrics().isEmpty()) {
            sql.append("phase_rows AS (").append(joined).append(joins).append("),\n");
            rows = "phase_rows";
        }
        // LevelRollup.contributions: per indicator the row's numerator and denominator, null unless it contributes
        sql.append("contrib AS (SELECT year, phase, org_level, unit_code, fed_code, cluster, province_code,"
                + " CASE WHEN org_level = 3 AND reported > 0 THEN 1 ELSE 0 END AS units_reporting,"
                + " CASE WHEN org_level = 3 AND expected > 0 THEN 1 ELSE 0 END AS units_expected");
        for (int k = 0; k < n; k++) {
            IndicatorDefinition i = indicators.get(k);
            String num = sum(i.numerator());
            String known = i.isTotal() ? "(" + num + ") IS NOT NULL"
                    : "(" + num + ") IS NOT NULL AND (" + sum(i.denominator()) + ") IS NOT NULL";
            sql.append(",\n CAST(CASE WHEN ").append(known).append(" THEN ").append(num).append(" END AS float8) AS n_").append(k);
            sql.append(", CAST(").append(i.isTotal() ? "NULL" : "CASE WHEN " + known + " THEN " + sum(i.denominator()) + " END")
                    .append(" AS float8) AS d_").append(k);
        }
        sql.append(" FROM ").append(rows).append("),\n");
        // YearContributions.build: the year per unit, phases paired
        sql.append("year_agg AS (SELECT year, org_level, unit_code, fed_code, cluster, province_code,"
                + " max(units_reporting) AS units_reporting, max(units_expected) AS units_expected,"
                + " sum(units_expected) AS phases_expected");
        for (int k = 0; k < n; k++) {
            YearRule rule = rules.get(k);
            sql.append(",\n count(n_").append(k).append(") AS c_").append(k);
            sql.append(", ").append(yearSide(rule.numerator(), k, "n", rule, dialect)).append(" AS yn_").append(k);
            sql.append(", ").append(rule.denominator() == null ? "CAST(NULL AS float8)" : yearSide(rule.denominator(), k, "d", rule, dialect))
                    .append(" AS yd_").append(k);
        }
        sql.append(" FROM contrib GROUP BY year, org_level, unit_code, fed_code, cluster, province_code),\n");
        String phasesOpen = "(CASE WHEN a.org_level = 3 THEN a.phases_expected ELSE coalesce(f.phases_open, 0) END)";
        sql.append("year_contrib AS (SELECT a.year, 0 AS phase, a.org_level, a.unit_code, a.fed_code, a.cluster, a.province_code,"
                + " a.units_reporting, a.units_expected");
        for (int k = 0; k < n; k++) {
            YearRule rule = rules.get(k);
            String yn = "a.yn_" + k;
            String yd = "a.yd_" + k;
            if (rule.needsEveryPhase()) {
                String every = "a.c_" + k + " = " + phasesOpen + " AND " + phasesOpen + " > 0";
                yn = "CASE WHEN " + every + " THEN " + yn + " END";
                yd = "CASE WHEN " + every + " THEN " + yd + " END";
            }
            sql.append(",\n CAST(CASE WHEN a.c_").append(k).append(" > 0 THEN ").append(yn).append(" END AS float8) AS n_").append(k);
            sql.append(", CAST(CASE WHEN a.c_").append(k).append(" > 0 THEN ").append(yd).append(" END AS float8) AS d_").append(k);
        }
        sql.append(" FROM year_agg a LEFT JOIN fed_phases f ON f.year = a.year AND f.unit_code = a.unit_code),\n");
        // YearContributions.phaseValues: an indicator read against the year's target has no phase value
        sql.append("all_contrib AS (SELECT year, phase, org_level, unit_code, fed_code, cluster, province_code,"
                + " units_reporting, units_expected");
        for (int k = 0; k < n; k++) {
            if (rules.get(k).yearOnly()) {
                sql.append(", CAST(NULL AS float8) AS n_").append(k).append(", CAST(NULL AS float8) AS d_").append(k);
            } else {
                sql.append(", n_").append(k).append(", d_").append(k);
            }
        }
        sql.append(" FROM contrib UNION ALL SELECT * FROM year_contrib),\n");
        // LevelRollup.rollup: the unit's own row, then federation, cluster and province in one aggregation
        StringBuilder measures = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (int k = 0; k < n; k++) {
            measures.append(", n_").append(k).append(", d_").append(k);
            sums.append(", sum(n_").append(k).append(") AS n_").append(k).append(", sum(d_").append(k).append(") AS d_").append(k);
        }
        sql.append("rolled AS (SELECT year, phase, 'unit' AS level, unit_code AS org_unit_code, units_reporting, units_expected")
                .append(measures).append(" FROM all_contrib WHERE org_level = 3\n UNION ALL SELECT * FROM (SELECT year, phase,"
                        + " CASE WHEN GROUPING(fed_code) = 0 THEN 'federation' WHEN GROUPING(gcluster) = 0 THEN 'cluster' ELSE 'province' END AS level,"
                        + " CASE WHEN GROUPING(fed_code) = 0 THEN fed_code WHEN GROUPING(gcluster) = 0 THEN gcluster ELSE province_code END AS org_unit_code,"
                        + " CAST(sum(units_reporting) AS INTEGER) AS units_reporting, CAST(sum(units_expected) AS INTEGER) AS units_expected")
                .append(sums).append(" FROM (SELECT *, CASE WHEN org_level = 3 THEN cluster END AS gcluster FROM all_contrib) g"
                        + " GROUP BY GROUPING SETS ((year, phase, fed_code), (year, phase, gcluster), (year, phase, province_code))) x"
                        + " WHERE org_unit_code IS NOT NULL),\n");
        sql.append("groups AS (SELECT year, phase, level, org_unit_code, units_reporting, units_expected");
        for (int k = 0; k < n; k++) {
            IndicatorDefinition i = indicators.get(k);
            String scale = "CAST(" + i.scale() + " AS float8)";
            sql.append(", n_").append(k).append(", d_").append(k).append(", ")
                    .append(i.isTotal() ? "n_" + k + " * " + scale : "CASE WHEN d_" + k + " <> 0 THEN n_" + k + " / d_" + k + " * " + scale + " END")
                    .append(" AS v_").append(k);
        }
        sql.append(" FROM rolled),\n");
        // OrgDimension.groupNames
        sql.append("names AS (SELECT 'unit' AS level, code AS org_unit_code, name AS org_unit_name FROM ou WHERE level = 3"
                + " UNION ALL SELECT 'federation', code, CASE WHEN level = 1 THEN 'Các CĐCS trực thuộc ' || name ELSE name END FROM ou WHERE level IN (1, 2)"
                + " UNION ALL SELECT 'cluster', code, name FROM ").append(s.clusters()).append(" x"
                + " UNION ALL SELECT 'province', code, name FROM ou WHERE level = 1),\n");
        // YearOverYear: the previous year beside, then long
        sql.append("prev AS (SELECT phase, level, org_unit_code");
        for (int k = 0; k < n; k++) {
            sql.append(", v_").append(k).append(" AS p_").append(k);
        }
        sql.append(" FROM groups WHERE year = ").append(year - 1).append(")\n");
        String keys = "CAST(c.year AS INTEGER) AS year, CAST(c.phase AS INTEGER) AS phase, c.level, c.org_unit_code, ";
        String figures = "i.indicator_code, i.numerator, i.denominator, i.value, CAST(" + (year - 1) + " AS INTEGER) AS previous_year,"
                + " i.previous_value, i.value - i.previous_value AS change_abs,"
                + " CASE WHEN i.previous_value <> 0 THEN (i.value - i.previous_value) / i.previous_value * 100 END AS change_pct,"
                + " CAST(c.units_reporting AS INTEGER) AS units_reporting, CAST(c.units_expected AS INTEGER) AS units_expected";
        String wide = " FROM groups c LEFT JOIN prev p ON p.phase = c.phase AND p.level = c.level AND p.org_unit_code = c.org_unit_code"
                + " LEFT JOIN names nm ON nm.level = c.level AND nm.org_unit_code = c.org_unit_code WHERE c.year = " + year;
        if (dialect == Dialect.POSTGRES) {
            // one VALUES row per indicator, beside each group row
            sql.append("SELECT ").append(keys).append("nm.org_unit_name, ").append(figures).append(wide.replace(" WHERE", " CROSS JOIN LATERAL (VALUES "
                    + longRows(indicators) + ") AS i (indicator_code, numerator, denominator, value, previous_value) WHERE"));
        } else {
            // DuckDB plans a LATERAL VALUES as a correlated join over the wide rows (minutes nationally): a list of
            // structs unnested per row is the same rows, as Spark's explode(array(struct…)) makes them
            sql.append("SELECT ").append(keys).append("c.org_unit_name, ").append(figures.replace("i.", "c.i."))
                    .append(" FROM (SELECT c.year, c.phase, c.level, c.org_unit_code, nm.org_unit_name, c.units_reporting, c.units_expected,"
                            + " unnest([");
            for (int k = 0; k < n; k++) {
                sql.append(k == 0 ? "" : ", ").append("{'indicator_code': '").append(indicators.get(k).code().replace("'", "''"))
                        .append("', 'numerator': c.n_").append(k).append(", 'denominator': c.d_").append(k)
                        .append(", 'value': c.v_").append(k).append(", 'previous_value': p.p_").append(k).append("}");
            }
            sql.append("]) AS i").append(wide).append(") c");
        }
        return sql.toString();
    }

    /** ('code', c.n_k, c.d_k, c.v_k, p.p_k) per indicator. */
    private static String longRows(List<IndicatorDefinition> indicators) {
        StringBuilder rows = new StringBuilder();
        for (int k = 0; k < indicators.size(); k++) {
            rows.append(k == 0 ? "" : ", ").append("('").append(indicators.get(k).code().replace("'", "''")).append("', c.n_")
                    .append(k).append(", c.d_").append(k).append(", c.v_").append(k).append(", p.p_").append(k).append(")");
        }
        return rows.toString();
    }

    /** One side of the year value per unit (YearContributions.side); target_met is decided on the year's sum. */
    private static String yearSide(YearRule.Carry carry, int k, String side, YearRule rule, Dialect dialect) {
        if (rule.numerator() == YearRule.Carry.MET) {
            return side.equals("n")
                    ? "CASE WHEN sum(n_" + k + ") >= max(d_" + k + ") THEN CAST(1 AS float8) ELSE CAST(0 AS float8) END"
                    : "CAST(1 AS float8)";
        }
        String column = side + "_" + k;
        return switch (carry) {
            case SUM -> "sum(" + column + ")";
            // the latest phase in which the indicator contributes; both sides from that same phase
            // (DuckDB's ordered array_agg took 46 s of 71 nationally; arg_max is its one-pass form)
            case LATEST -> dialect == Dialect.DUCKDB ? "arg_max(" + column + ", phase) FILTER (WHERE n_" + k + " IS NOT NULL)"
                    : "(array_agg(" + column + " ORDER BY phase DESC) FILTER (WHERE n_" + k + " IS NOT NULL))[1]";
            case YEAR_TARGET -> "max(" + column + ")";
            case ASSESSED -> "CAST(1 AS float8)";
            case MET -> "CAST(NULL AS float8)";
        };
    }

    /** A side's terms added left to right (SQL's + is null as soon as one term is). */
    private static String sum(List<Term> terms) {
        return terms.stream().map(IndicatorSql::term).collect(Collectors.joining(" + "));
    }

    private static String term(Term term) {
        if (term instanceof Term.Metric m) {
            return q(metric(m.metricCode()));
        }
        if (term instanceof Term.Negated negated) {
            return "(-" + term(negated.term()) + ")";
        }
        if (term instanceof Term.Register r) {
            return q(register(r.field()));
        }
        if (term instanceof Term.TargetMet t) {
            // only grassroots unions are assessed; carried per phase as the value (met) and the target (assessed)
            String value = q(metric(t.metricCode()));
            String target = q(target(t.metricCode()));
            String assessed = "org_level = 3 AND " + value + " IS NOT NULL AND " + target + " IS NOT NULL";
            return "(CASE WHEN " + assessed + " THEN " + (t.assessedOnly() ? target : value) + " END)";
        }
        if (term instanceof Term.Target t) {
            return q(target(t.metricCode()));
        }
        return "CAST(" + ((Term.Reporting) term).name() + " AS float8)";
    }

    static String metric(String code) {
        return "m__" + code;
    }

    static String target(String code) {
        return "t__" + code;
    }

    static String register(String field) {
        return "r__" + field;
    }

    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
