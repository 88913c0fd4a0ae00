package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.analytics.input.ColumnNames;

/** Adds one `t__<metric>` column per target an indicator reads (the unit's target for the row's year). */
public final class Targets {

    private Targets() {
    }

    public static Dataset<Row> join(Dataset<Row> rows, Dataset<Row> targets, Set<String> metrics, List<Integer> years) {
        if (metrics.isEmpty()) {
            return rows;
        }
        // Pivoted with explicit columns (not pivot()), so the set of columns never depends on the data.
        List<Column> columns = new ArrayList<>();
        for (String metric : metrics) {
            columns.add(max(when(col("metric_code").equalTo(metric), col("target_value"))).as(ColumnNames.target(metric)));
        }
        Dataset<Row> wide = targets
                .filter(col("year").isin(years.toArray()).and(col("metric_code").isin(metrics.toArray())))
                .groupBy(col("year"), col("unit_code"))
                .agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new));
        return rows.join(wide, new String[] {"year", "unit_code"}, "left");
    }
}
