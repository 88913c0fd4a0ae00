package vn.thidua.analytics.catalogue;

import java.util.List;

/** One `+`-separated term of an indicator's numerator or denominator (contract §1, indicators.csv). */
public sealed interface Term {

    /** The reporting terms every base row carries; they are never null. */
    List<String> REPORTING_TERMS = List.of("reported", "on_time", "expected");

    /** A metric of the submission, null when the unit left it blank. */
    record Metric(String metricCode) implements Term {
    }

    /** `target.<metric>`: the unit's target for the year, null when it has none. */
    record Target(String metricCode) implements Term {
    }

    /** `reported`, `on_time` or `expected`. */
    record Reporting(String name) implements Term {
    }
}
