package vn.thidua.analytics.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The column lists of the analytics input (data contract §3, same order as §1). They are declared,
 * never inferred, and every file's header is checked against its list.
 */
public final class InputSchemas {

    public static final List<String> ORG_UNITS = List.of("code", "name", "parent_code", "level", "type", "cluster",
            "opened_on", "closed_on");

    public static final List<String> CLUSTERS = List.of("code", "name");

    public static final List<String> PHASES = List.of("year", "phase", "name", "starts_on", "ends_on", "deadline");

    public static final List<String> METRICS = List.of("code", "label_vi", "label_en", "unit", "kind", "min_value",
            "max_value", "max_change_pct", "required", "aliases");

    public static final List<String> INDICATORS = List.of("code", "label_vi", "label_en", "numerator", "denominator",
            "scale", "unit");

    public static final List<String> TARGETS = List.of("year", "unit_code", "metric_code", "target_value");

    /** Columns of submissions.csv before the metrics. */
    public static final List<String> SUBMISSION_KEYS = List.of("year", "phase", "unit_code", "submitted_at", "late");

    private InputSchemas() {
    }

    /** submissions.csv: the fixed columns, then one column per metric code in metrics.csv order. */
    public static List<String> submissions(List<String> metricCodes) {
        List<String> columns = new ArrayList<>(SUBMISSION_KEYS);
        columns.addAll(metricCodes);
        return List.copyOf(columns);
    }
}
