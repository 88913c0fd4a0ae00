package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;


/**
 * Adds what each unit's initiative registers hold for the phase (`r__registered`, ...) to its base row,
 * so the register counts roll up and compare exactly like the submitted ones. A unit without a register
 * keeps nulls: "no register" is not "no initiative".
 */
public final class Registers {

    private Registers() {
    }

    public static Dataset<Row> join(Dataset<Row> baseRows, Dataset<Row> registers, List<Integer> years) {
        // a few rows per unit at most: the small side of the join is sent whole to every task
        Dataset<Row> counts = registers.filter(col("year").isin(years.toArray()));
        return baseRows.join(broadcast(counts), new String[] {"year", "phase", "unit_code"}, "left");
    }
}
