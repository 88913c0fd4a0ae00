package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.reference.indicator.YearRule;

/**
 * Each unit's contribution to the whole year (phase 0), built from its phase contributions by the
 * indicator's {@link YearRule}: the phases are paired (a phase counts only where every term of the indicator
 * is known in it), sums add up over those phases, stocks come from the latest of them, targets once. So a
 * unit that sent a register in one phase only contributes that phase's gap, never the other phase's reported
 * initiatives against a missing register. An indicator read against a target has a year value only for a unit
 * known in every phase it was open, and no phase value at all.
 */
public final class YearContributions {

    public static final int YEAR_PHASE = 0;

    private static final String[] UNIT_KEYS = {"year", "org_level", "unit_code", "fed_code", "cluster", "province_code"};

    private YearContributions() {
    }

    /**
     * The phase contributions as published: an indicator read against the whole year's target has no phase
     * value (a phase set against the year's target would look like a failure).
     */
    public static Dataset<Row> phaseValues(Dataset<Row> phaseContributions, List<YearRule> rules) {
        Dataset<Row> result = phaseContributions;
        for (int k = 0; k < rules.size(); k++) {
            if (rules.get(k).yearOnly()) {
                result = result.withColumn(IndicatorColumns.numerator(k), lit(null).cast("double"));
                if (rules.get(k).denominator() != null) {
                    result = result.withColumn(IndicatorColumns.denominator(k), lit(null).cast("double"));
                }
            }
        }
        return result;
    }

    /**
     * @param phaseContributions {@link LevelRollup#contributions} of the phase rows
     * @param federationPhases   (year, unit_code, phases_open) of the district/sector federations, whose own
     *                           rows exist only where they reported
     * @return the same columns as the phase contributions, with phase 0
     */
    public static Dataset<Row> build(Dataset<Row> phaseContributions, Dataset<Row> federationPhases, List<YearRule> rules) {
        List<Column> aggregates = new ArrayList<>(List.of(
                max(col("units_reporting")).as("units_reporting"),
                max(col("units_expected")).as("units_expected"),
                // a grassroots union has a row for every phase it was open, with units_expected = 1
                sum(col("units_expected")).as("phases_expected")));
        for (int k = 0; k < rules.size(); k++) {
            aggregates.addAll(aggregatesRead(rules.get(k), k));
        }
        Dataset<Row> perUnit = phaseContributions.groupBy(java.util.Arrays.stream(UNIT_KEYS).map(c -> col(c)).toArray(Column[]::new))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .join(broadcast(federationPhases), new String[] {"year", "unit_code"}, "left");

        Column phasesOpen = when(col("org_level").equalTo(3), col("phases_expected"))
                .otherwise(coalesce(col("phases_open"), lit(0)));
        List<Column> columns = new ArrayList<>(List.of(col("year"), lit(YEAR_PHASE).as("phase"), col("org_level"),
                col("unit_code"), col("fed_code"), col("cluster"), col("province_code"), col("units_reporting"),
                col("units_expected")));
        for (int k = 0; k < rules.size(); k++) {
            YearRule rule = rules.get(k);
            Column everyPhase = col("c_" + k).equalTo(phasesOpen).and(phasesOpen.gt(0));
            Column n = side(rule.numerator(), k, true);
            Column d = rule.denominator() == null ? lit(null).cast("double") : side(rule.denominator(), k, false);
            if (rule.numerator() == YearRule.Carry.MET) {
                // met: the year's sum of the metric reached the target
                n = when(col("sn_" + k).geq(col("md_" + k)), lit(1.0)).otherwise(lit(0.0));
                d = lit(1.0);
            }
            if (rule.needsEveryPhase()) {
                n = when(everyPhase, n);
                d = when(everyPhase, d);
            }
            // a unit contributes only where both sides are known (the numerator alone for totals)
            Column contributes = col("c_" + k).gt(0);
            columns.add(when(contributes, n).cast("double").as(IndicatorColumns.numerator(k)));
            if (rule.denominator() != null) { // a total carries no denominator column
                columns.add(when(contributes, d).cast("double").as(IndicatorColumns.denominator(k)));
            }
        }
        return perUnit.select(columns.toArray(Column[]::new));
    }

    /**
     * Only the aggregates the indicator's rule reads (see {@link #side}): every one of them on every indicator
     * made the per-unit aggregation ~270 columns wide, and a plan's width is what a small run pays for.
     */
    private static List<Column> aggregatesRead(YearRule rule, int k) {
        Column n = col(IndicatorColumns.numerator(k));
        // n and d of the latest phase in which the indicator contributes (one row per unit and phase, so no
        // ties). max_by, not the max of a (phase, n, d) struct: a struct in the buffer makes Spark sort every
        // wide row for a sort-based aggregation, where max_by keeps it a hash aggregation.
        Column contributingPhase = when(n.isNotNull(), col("phase"));
        List<Column> aggregates = new ArrayList<>(List.of(count(n).as("c_" + k)));
        aggregates.addAll(carried(rule.numerator(), "n", n, contributingPhase, k));
        if (rule.denominator() != null) {
            Column d = col(IndicatorColumns.denominator(k));
            aggregates.addAll(carried(rule.denominator(), "d", d, contributingPhase, k));
            if (rule.numerator() == YearRule.Carry.MET) {
                // met: the year's sum of the metric against the target (the denominator, target_assessed, reads none)
                aggregates.add(sum(n).as("sn_" + k));
                aggregates.add(max(d).as("md_" + k));
            }
        }
        return aggregates;
    }

    /** The aggregate {@link #side} reads for one side ("n" or "d") carried this way, named as it reads it. */
    private static List<Column> carried(YearRule.Carry carry, String which, Column side, Column contributingPhase, int k) {
        return switch (carry) {
            case SUM -> List.of(sum(side).as("s" + which + "_" + k));
            case LATEST -> List.of(max_by(side, contributingPhase).as("l" + which + "_" + k));
            case YEAR_TARGET -> List.of(max(side).as("m" + which + "_" + k));
            case MET, ASSESSED -> List.of(); // MET: added by the caller; ASSESSED: a constant
        };
    }

    private static Column side(YearRule.Carry carry, int k, boolean numerator) {
        String which = numerator ? "n" : "d";
        return switch (carry) {
            case SUM -> col("s" + which + "_" + k);
            case LATEST -> col("l" + which + "_" + k);
            // a target is the same in every phase row of the year; target_assessed is 1 once assessed
            case YEAR_TARGET -> col("m" + which + "_" + k);
            case ASSESSED -> lit(1.0);
            case MET -> lit(null).cast("double"); // set by the caller from the sum and the target
        };
    }
}
