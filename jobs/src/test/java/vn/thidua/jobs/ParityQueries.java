package vn.thidua.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The main indicators recomputed in plain PostgreSQL SQL over the analysts' view submission_value,
 * independently of the Spark job: one row per (level, org unit, phase) with numerator and denominator.
 */
final class ParityQueries {

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

    /** Reports received over reports expected. */
    static String completeness(String groupColumn, int year) {
        return base(List.of("members")) + " SELECT " + groupColumn + " AS org_unit_code, phase,"
                + " count(*) FILTER (WHERE reported) AS numerator, count(*) AS denominator"
                + " FROM base WHERE year = " + year + " GROUP BY " + groupColumn + ", phase";
    }

    private static List<String> terms(String expression) {
        return Arrays.stream(expression.split("\\+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
