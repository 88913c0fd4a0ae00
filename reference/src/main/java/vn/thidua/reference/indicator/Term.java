package vn.thidua.reference.indicator;

import java.util.List;

/** One `+`- or `-`-separated term of an indicator's numerator or denominator (contract §1, indicators.csv). */
public sealed interface Term {

    /** The reporting terms every base row carries; they are never null. */
    List<String> REPORTING_TERMS = List.of("reported", "on_time", "expected");

    /** The counts of the initiative registers (sổ sáng kiến) a `register.<field>` term reads. */
    List<String> REGISTER_FIELDS = List.of("registered", "recognized", "applied", "benefit_vnd");

    /** A metric of the submission, null when the unit left it blank. */
    record Metric(String metricCode) implements Term {
    }

    /** `target.<metric>`: the unit's target for the year, null when it has none. */
    record Target(String metricCode) implements Term {
    }

    /** `reported`, `on_time` or `expected`. */
    record Reporting(String name) implements Term {
    }

    /** `register.<field>`: what the unit's initiative registers hold for the phase, null without a register. */
    record Register(String field) implements Term {
    }

    /**
     * `target_met.<metric>`: 1 when a grassroots union reached its target, 0 when it did not, null when it
     * has no target or did not report the metric; `target_assessed.<metric>`: 1 in the same cases, else
     * null. Their ratio is the share of units that met the target.
     */
    record TargetMet(String metricCode, boolean assessedOnly) implements Term {
    }

    /** A term after a `-`: subtracted instead of added (e.g. submitted minus register). */
    record Negated(Term term) implements Term {
    }
}
