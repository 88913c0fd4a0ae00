package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.analytics.catalogue.MetricDefinition;
import vn.thidua.analytics.catalogue.MetricKind;
import vn.thidua.analytics.input.ColumnNames;

/**
 * Phase 0 (the whole year) per unit, built from its phase rows: flows add up over the phases that have
 * a value, stocks take the latest phase that has one, and the reporting counts add up, so a year's
 * completeness is reports received over reports expected.
 */
public final class YearRows {

    public static final int YEAR_PHASE = 0;

    private YearRows() {
    }

    /** @param flowColumns further columns that add up over the phases (the register counts) */
    public static Dataset<Row> build(Dataset<Row> phaseRows, List<MetricDefinition> metrics, List<String> flowColumns) {
        List<Column> aggregates = new ArrayList<>();
        for (String term : List.of("expected", "reported", "on_time")) {
            aggregates.add(sum(col(term)).cast("int").as(term));
        }
        for (MetricDefinition metric : metrics) {
            String name = ColumnNames.metric(metric.code());
            aggregates.add(yearValue(col(name), metric.kind()).as(name));
        }
        for (String column : flowColumns) {
            aggregates.add(yearValue(col(column), MetricKind.FLOW).as(column));
        }
        Column[] keys = java.util.Arrays.stream(BaseRows.KEYS).filter(k -> !k.equals("phase"))
                .map(k -> col(k)).toArray(Column[]::new);
        // Same columns as the phase rows (in another order: callers union by name).
        return phaseRows.groupBy(keys)
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .withColumn("phase", lit(YEAR_PHASE));
    }

    private static Column yearValue(Column value, MetricKind kind) {
        if (kind == MetricKind.FLOW) {
            return sum(value); // sum skips nulls and is null when every phase is null
        }
        // max over (phase, value) structs of the non-null values: the struct orders by phase first.
        return max(when(value.isNotNull(), struct(col("phase").as("p"), value.as("v")))).getField("v");
    }
}
