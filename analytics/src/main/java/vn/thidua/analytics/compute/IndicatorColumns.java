package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

import vn.thidua.reference.indicator.IndicatorDefinition;
import vn.thidua.reference.indicator.Term;
import vn.thidua.analytics.input.ColumnNames;

/**
 * The per-row numerator and denominator of an indicator as Column expressions. A row's numerator or
 * denominator is null as soon as one term is null (SQL `+`), and the row contributes to a group only
 * when both are known (the numerator alone for totals): "not reported" never becomes zero.
 */
public final class IndicatorColumns {

    private IndicatorColumns() {
    }

    /** Internal column names, by position in the catalogue (codes are data, positions are safe names). */
    public static String numerator(int index) {
        return "n_" + index;
    }

    public static String denominator(int index) {
        return "d_" + index;
    }

    public static String previousValue(int index) {
        return "p_" + index;
    }

    /** The row's numerator, null unless the row contributes. */
    public static Column contributingNumerator(IndicatorDefinition indicator) {
        return when(contributes(indicator), sum(indicator.numerator()));
    }

    /** The row's denominator, null unless the row contributes. A total has none (see {@link #denominatorOf}). */
    public static Column contributingDenominator(IndicatorDefinition indicator) {
        return when(contributes(indicator), sum(indicator.denominator()));
    }

    /**
     * Indicator k's denominator column, or a null for a total, which carries no column through the pipeline:
     * 24 of the 39 indicators of 2024 are totals, and always-null columns still widen every plan.
     */
    public static Column denominatorOf(IndicatorDefinition indicator, int k) {
        return indicator.isTotal() ? lit(null).cast("double") : col(denominator(k));
    }

    /**
     * Indicator k's value from its n_k and d_k columns. Computed where it is read rather than carried as a
     * column: the cached groups stay 39 columns narrower.
     */
    public static Column valueOf(IndicatorDefinition indicator, int k) {
        return value(indicator, col(numerator(k)), denominatorOf(indicator, k));
    }

    /** value = numerator / denominator × scale; null when the denominator is null or 0; totals: numerator × scale. */
    public static Column value(IndicatorDefinition indicator, Column numerator, Column denominator) {
        Column scale = lit(indicator.scale());
        if (indicator.isTotal()) {
            return numerator.multiply(scale);
        }
        return when(denominator.notEqual(0), numerator.divide(denominator).multiply(scale));
    }

    private static Column contributes(IndicatorDefinition indicator) {
        Column known = sum(indicator.numerator()).isNotNull();
        return indicator.isTotal() ? known : known.and(sum(indicator.denominator()).isNotNull());
    }

    private static Column sum(List<Term> terms) {
        return terms.stream().map(IndicatorColumns::term).reduce(Column::plus).orElseThrow();
    }

    private static Column term(Term term) {
        if (term instanceof Term.Metric m) {
            return col(ColumnNames.metric(m.metricCode()));
        }
        if (term instanceof Term.Negated n) {
            return functions.negate(term(n.term()));
        }
        if (term instanceof Term.Register r) {
            return col(ColumnNames.register(r.field()));
        }
        if (term instanceof Term.TargetMet t) {
            Column value = col(ColumnNames.metric(t.metricCode()));
            Column target = col(ColumnNames.target(t.metricCode()));
            // only grassroots unions are assessed: a federation's own row is not one of "the units"
            Column assessed = col("org_level").equalTo(3).and(value.isNotNull()).and(target.isNotNull());
            // Carried per phase as the metric's value (met) and the target (assessed): whether a unit met its
            // target is decided on the year's sum (YearContributions); a target share has no phase value.
            return t.assessedOnly() ? when(assessed, target) : when(assessed, value);
        }
        if (term instanceof Term.Target t) {
            return col(ColumnNames.target(t.metricCode()));
        }
        return col(((Term.Reporting) term).name()).cast("double");
    }
}
