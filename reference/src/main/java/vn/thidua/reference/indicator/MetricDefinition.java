package vn.thidua.reference.indicator;

/** One row of metrics.csv, reduced to what the analytics need. */
public record MetricDefinition(String code, MetricKind kind) {
}
