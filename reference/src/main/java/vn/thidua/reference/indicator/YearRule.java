package vn.thidua.reference.indicator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.reference.ReferenceException;

/**
 * How an indicator's value for the whole year (phase 0) is built from its phase values, per unit (contract
 * §4, "The year"). The phases are paired: a unit-phase contributes only where every term of both sides is
 * known in it, exactly as for a phase value. Then each side is carried by the kind of its terms:
 * {@link Carry#SUM} for what adds up over the phases (flows, register counts, reporting terms),
 * {@link Carry#LATEST} for stocks (the latest contributing phase), {@link Carry#YEAR_TARGET} for a target
 * (one figure for the year). An indicator read against a target has a year value only, and only for a unit
 * known in every phase it was open: a missing phase is never counted as zero against the whole year.
 */
public record YearRule(Carry numerator, Carry denominator) {

    /** How one side of an indicator goes from the phases to the year. */
    public enum Carry {
        SUM, LATEST, YEAR_TARGET,
        /** target_met.X: 1 when X summed over the year reached the target, else 0. */
        MET,
        /** target_assessed.X: 1 for a unit assessed against its target. */
        ASSESSED
    }

    /** True when the indicator compares with a target: a year figure only, its phase values are null. */
    public boolean yearOnly() {
        return isTarget(numerator) || isTarget(denominator);
    }

    /** True when the year value needs the unit's figures of every phase it was open. */
    public boolean needsEveryPhase() {
        return yearOnly() && !(numerator == Carry.YEAR_TARGET && (denominator == null || denominator == Carry.YEAR_TARGET));
    }

    private static boolean isTarget(Carry carry) {
        return carry == Carry.YEAR_TARGET || carry == Carry.MET || carry == Carry.ASSESSED;
    }

    /** @param kinds every metric's kind, by code */
    public static YearRule of(IndicatorDefinition indicator, Map<String, MetricKind> kinds) {
        Carry numerator = side(indicator, "numerator", indicator.numerator(), kinds);
        Carry denominator = indicator.isTotal() ? null : side(indicator, "denominator", indicator.denominator(), kinds);
        boolean share = numerator == Carry.MET || numerator == Carry.ASSESSED
                || denominator == Carry.MET || denominator == Carry.ASSESSED;
        if (share && !(numerator == Carry.MET && denominator == Carry.ASSESSED
                || numerator == Carry.ASSESSED && denominator == Carry.ASSESSED)) {
            throw new ReferenceException("indicators.csv: chỉ tiêu '" + indicator.code() + "' phải là target_met.<chỉ số>"
                    + " chia cho target_assessed.<chỉ số> (tỷ lệ đơn vị đạt chỉ tiêu), không kèm số hạng nào khác");
        }
        return new YearRule(numerator, denominator);
    }

    private static Carry side(IndicatorDefinition indicator, String name, List<Term> terms, Map<String, MetricKind> kinds) {
        Set<Carry> carries = new LinkedHashSet<>();
        for (Term term : terms) {
            carries.add(carry(term instanceof Term.Negated negated ? negated.term() : term, kinds));
        }
        if (carries.size() > 1) {
            throw new ReferenceException("indicators.csv: chỉ tiêu '" + indicator.code() + "', " + side(name)
                    + " trộn các loại số hạng " + carries + " (ví dụ một số thời điểm với một số phát sinh trong kỳ):"
                    + " giá trị cả năm của nó sẽ không có nghĩa");
        }
        Carry carry = carries.iterator().next();
        if ((carry == Carry.MET || carry == Carry.ASSESSED) && terms.size() > 1) {
            throw new ReferenceException("indicators.csv: chỉ tiêu '" + indicator.code() + "', " + side(name)
                    + " phải chỉ có một số hạng target_met hoặc target_assessed");
        }
        return carry;
    }

    private static String side(String name) {
        return name.equals("numerator") ? "tử số" : "mẫu số";
    }

    private static Carry carry(Term term, Map<String, MetricKind> kinds) {
        if (term instanceof Term.Metric metric) {
            return kinds.get(metric.metricCode()) == MetricKind.STOCK ? Carry.LATEST : Carry.SUM;
        }
        if (term instanceof Term.Target) {
            return Carry.YEAR_TARGET;
        }
        if (term instanceof Term.TargetMet met) {
            return met.assessedOnly() ? Carry.ASSESSED : Carry.MET;
        }
        return Carry.SUM; // reporting terms and register counts add up over the phases
    }
}
