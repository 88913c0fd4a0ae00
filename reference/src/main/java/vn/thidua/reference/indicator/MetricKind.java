package vn.thidua.reference.indicator;

import java.util.Locale;

/** How a metric is carried from the phases into the year (contract §4, "Year (phase 0) figures"). */
public enum MetricKind {
    /** A level at the end of a phase: the year takes the value of the latest phase that has one. */
    STOCK,
    /** What happened during a phase: the year is the sum over the phases that have a value. */
    FLOW;

    public static MetricKind parse(String text) {
        return MetricKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
