package vn.thidua.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The main indicators recomputed in plain PostgreSQL SQL over the analysts' view submission_value,
 * independently of the Spark job: one row per (level, org unit, phase) with numerator and denominator.
 */
public final class ParityQueries {

    private ParityQueries() {
    }

    /** Units expected in a phase (open during it), their figures pivoted from submission_value. */
    private static String base(List<String> metrics) {
        String pivot = metrics.stream().map(m -> "max(v.value) FILTER (WHERE v.metric_code = '" + m + "') AS " + m)
                .collect(Collectors.joining(", "));
        return "WITH figures AS (SELECT v.year, v.phase, v.unit_code, " + pivot + " FROM submission_value v"
                + " GROUP BY v.year, v.phase, v.unit_code),"
                + " expected AS (SELECT p.year, p.phase, u.code AS unit_code, u.parent_code, u.cluster,"
                + " coalesce(pu.parent_code, u.parent_code) AS province FROM org_unit u"
                + " JOIN org_unit pu ON pu.code = u.parent_code JOIN phase p ON (u.opened_on IS NULL OR u.opened_on <= p.ends_on)"
                + " AND (u.closed_on IS NULL OR u.closed_on >= p.starts_on) WHERE u.level = 3),"
                + " base AS (SELECT e.*, f.unit_code IS NOT NULL AS reported, "
                + metrics.stream().map(m -> "f." + m).collect(Collectors.joining(", "))
                + " FROM expected e LEFT JOIN figures f USING (year, phase, unit_code))";
    }

    /** A ratio indicator whose terms are metrics: sums over the units that reported every term. */
    static String ratio(String numerator, String denominator, String groupColumn, int year) {
        List<String> num = terms(numerator);
        List<String> den = terms(denominator);
        List<String> all = new java.util.ArrayList<>(num);
        den.stream().filter(t -> !all.contains(t)).forEach(all::add);
        String complete = all.stream().map(t -> t + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return base(all) + " SELECT " + groupColumn + " AS org_unit_code, phase,"
                + " sum(" + String.join(" + ", num) + ") FILTER (WHERE " + complete + ") AS numerator,"
                + " sum(" + String.join(" + ", den) + ") FILTER (WHERE " + complete + ") AS denominator"
                + " FROM base WHERE year = " + year + " GROUP BY " + groupColumn + ", phase";
    }

    /**
     * The year (phase 0) of a ratio of metrics, as contract §4 words it, written independently of the Spark job:
     * per unit the phases where every term is known; a flow side summed over them, a stock side from the
     * latest of them; then summed per group.
     */
    static String yearRatio(String numerator, boolean numeratorIsStock, String denominator, boolean denominatorIsStock,
                            String groupColumn, int year) {
        List<String> num = terms(numerator);
        List<String> den = terms(denominator);
        List<String> all = new java.util.ArrayList<>(num);
        den.stream().filter(t -> !all.contains(t)).forEach(all::add);
        String complete = all.stream().map(t -> t + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return base(all) + ", contributing AS (SELECT *, " + String.join(" + ", num) + " AS n, " + String.join(" + ", den)
                + " AS d FROM base WHERE year = " + year + " AND " + complete + "),"
                + " per_unit AS (SELECT unit_code, parent_code, cluster, province,"
                + " " + (numeratorIsStock ? "(array_agg(n ORDER BY phase DESC))[1]" : "sum(n)") + " AS n,"
                + " " + (denominatorIsStock ? "(array_agg(d ORDER BY phase DESC))[1]" : "sum(d)") + " AS d"
                + " FROM contributing GROUP BY unit_code, parent_code, cluster, province)"
                + " SELECT " + groupColumn + " AS org_unit_code, 0 AS phase, sum(n) AS numerator, sum(d) AS denominator"
                + " FROM per_unit GROUP BY " + groupColumn;
    }

    /**
     * The year of "submitted minus register" for registered initiatives: a unit-phase counts only where the
     * unit both submitted the figure and sent a register for that phase (contract §4: the phases are paired).
     */
    static String yearRegisterGap(String groupColumn, int year) {
        return base(List.of("initiatives_registered")) + ", registers AS (SELECT year, phase, unit_code, count(*) AS registered"
                + " FROM initiative GROUP BY year, phase, unit_code)"
                + " SELECT " + groupColumn + " AS org_unit_code, 0 AS phase,"
                + " sum(b.initiatives_registered - r.registered) AS numerator, 1 AS denominator"
                + " FROM base b JOIN registers r USING (year, phase, unit_code)"
                + " WHERE b.year = " + year + " AND b.initiatives_registered IS NOT NULL GROUP BY " + groupColumn;
    }

    /**
     * The year's achievement of a target: units whose figure is known in every phase they were open, their
     * sum over the year against their year's target.
     */
    static String yearAchievement(String metric, String groupColumn, int year) {
        return base(List.of(metric)) + ", per_unit AS (SELECT unit_code, parent_code, cluster, province,"
                + " count(*) AS open_phases, count(" + metric + ") AS known_phases, sum(" + metric + ") AS achieved"
                + " FROM base WHERE year = " + year + " GROUP BY unit_code, parent_code, cluster, province)"
                + " SELECT " + groupColumn + " AS org_unit_code, 0 AS phase, sum(achieved) AS numerator,"
                + " sum(t.target_value) AS denominator FROM per_unit p JOIN target t ON t.unit_code = p.unit_code"
                + " AND t.year = " + year + " AND t.metric_code = '" + metric + "' WHERE known_phases = open_phases"
                + " GROUP BY " + groupColumn;
    }

    /** Reports received over reports expected. */
    public static String completeness(String groupColumn, int year) {
        return base(List.of("members")) + " SELECT " + groupColumn + " AS org_unit_code, phase,"
                + " count(*) FILTER (WHERE reported) AS numerator, count(*) AS denominator"
                + " FROM base WHERE year = " + year + " GROUP BY " + groupColumn + ", phase";
    }

    private static List<String> terms(String expression) {
        return Arrays.stream(expression.split("\\+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
