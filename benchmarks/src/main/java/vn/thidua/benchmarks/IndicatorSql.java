package vn.thidua.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's baselines: the catalogue's metric-based indicators (numerator and denominator made of
 * metrics; targets and reporting counts left out) for every grassroots union, federation, cluster and
 * province, per year and phase (not the whole-year rows), with the change against the previous year — as one SQL statement for PostgreSQL over the
 * {@code submission_value} view, and one for DuckDB over the analytics export's CSV files (contract §3).
 * Both compute what the Spark job computes for those indicators: sums over the reporting units, then the ratio.
 */
public final class IndicatorSql {

    /** One catalogue entry: numerator and denominator are metric codes joined by '+', denominator may be empty. */
    public record Indicator(String code, List<String> numerator, List<String> denominator, double scale) {
    }

    private IndicatorSql() {
    }

    /** The indicators both baselines can compute from metrics alone. */
    public static List<Indicator> computable(List<String[]> catalogue, Set<String> metrics) {
        List<Indicator> out = new ArrayList<>();
        for (String[] row : catalogue) { // code, numerator, denominator, scale
            List<String> num = terms(row[1]);
            List<String> den = terms(row[2]);
            if (!num.isEmpty() && metrics.containsAll(num) && metrics.containsAll(den)) {
                out.add(new Indicator(row[0], num, den, row[3] == null ? 1 : Double.parseDouble(row[3])));
            }
        }
        return out;
    }

    public static String postgres(List<Indicator> indicators, List<String> metrics, int year) {
        String pivot = metrics.stream().map(m -> "sum(value) FILTER (WHERE metric_code = '" + m + "') AS " + q(m))
                .collect(Collectors.joining(", "));
        String figures = "SELECT year, phase, unit_code, " + pivot + " FROM submission_value"
                + " WHERE year IN (" + (year - 1) + ", " + year + ") GROUP BY year, phase, unit_code";
        return query(indicators, figures, year);
    }

    public static String duckdb(List<Indicator> indicators, List<String> metrics, String inputDir, int year) {
        String columns = "{'year': 'INTEGER', 'phase': 'INTEGER', 'unit_code': 'VARCHAR', 'submitted_at': 'VARCHAR', "
                + "'late': 'VARCHAR', " + metrics.stream().map(m -> "'" + m + "': 'DOUBLE'").collect(Collectors.joining(", ")) + "}";
        String figures = "SELECT * FROM read_csv('" + inputDir + "/submissions.csv', header = true, columns = " + columns + ")"
                + " WHERE year IN (" + (year - 1) + ", " + year + ")";
        String orgUnits = "read_csv('" + inputDir + "/org_units.csv', header = true, columns = {'code': 'VARCHAR', "
                + "'name': 'VARCHAR', 'parent_code': 'VARCHAR', 'level': 'INTEGER', 'type': 'VARCHAR', 'cluster': 'VARCHAR', "
                + "'opened_on': 'DATE', 'closed_on': 'DATE'})";
        return query(indicators, figures, year).replace("org_unit u", orgUnits + " u").replace("org_unit p", orgUnits + " p");
    }

    /** Figures per unit → groups (GROUPING SETS) → this year beside the previous one. */
    private static String query(List<Indicator> indicators, String figures, int year) {
        StringBuilder sums = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Indicator i : indicators) {
            sums.append(", sum(").append(sumOf(i.numerator())).append(") AS ").append(q(i.code() + "_num"));
            if (!i.denominator().isEmpty()) {
                sums.append(", sum(").append(sumOf(i.denominator())).append(") AS ").append(q(i.code() + "_den"));
            }
            String now = value(i, "c");
            String before = value(i, "p");
            values.append(", ").append(now).append(" AS ").append(q(i.code()))
                    .append(", ").append(before).append(" AS ").append(q(i.code() + "_prev"))
                    .append(", ").append(now).append(" - ").append(before).append(" AS ").append(q(i.code() + "_change"));
        }
        return "WITH figures AS (" + figures + "),"
                + " units AS (SELECT u.code, u.cluster, u.parent_code AS federation,"
                + " CASE WHEN p.level = 1 THEN p.code ELSE p.parent_code END AS province"
                + " FROM org_unit u JOIN org_unit p ON p.code = u.parent_code WHERE u.level = 3),"
                + " groups AS (SELECT f.year, f.phase, CASE WHEN GROUPING(f.unit_code) = 0 THEN 'unit'"
                + " WHEN GROUPING(un.federation) = 0 THEN 'federation'"
                + " WHEN GROUPING(un.cluster) = 0 THEN 'cluster' ELSE 'province' END AS level,"
                + " coalesce(f.unit_code, un.federation, un.cluster, un.province) AS org_unit_code,"
                + " count(*) AS units_reporting" + sums
                + " FROM figures f JOIN units un ON un.code = f.unit_code"
                + " GROUP BY GROUPING SETS ((f.year, f.phase, f.unit_code), (f.year, f.phase, un.federation),"
                + " (f.year, f.phase, un.cluster),"
                + " (f.year, f.phase, un.province)))"
                + " SELECT c.level, c.org_unit_code, c.phase, c.units_reporting" + values
                + " FROM groups c LEFT JOIN groups p ON p.year = " + (year - 1) + " AND p.phase = c.phase"
                + " AND p.level = c.level AND p.org_unit_code = c.org_unit_code"
                + " WHERE c.year = " + year + " AND c.org_unit_code IS NOT NULL";
    }

    private static String value(Indicator i, String alias) {
        String num = alias + "." + q(i.code() + "_num");
        if (i.denominator().isEmpty()) {
            return num + " * " + i.scale();
        }
        String den = alias + "." + q(i.code() + "_den");
        return "CASE WHEN " + den + " > 0 THEN " + num + " / " + den + " * " + i.scale() + " END";
    }

    private static String sumOf(List<String> metrics) {
        return metrics.stream().map(IndicatorSql::q).collect(Collectors.joining(" + "));
    }

    private static List<String> terms(String expression) {
        if (expression == null || expression.isBlank()) {
            return List.of();
        }
        return List.of(expression.trim().split("\\s*\\+\\s*"));
    }

    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
