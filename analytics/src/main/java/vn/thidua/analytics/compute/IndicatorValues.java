package vn.thidua.analytics.compute;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * indicator_value of one year (contract §4 columns, year and phase first) and the phases it has: the
 * calendar's phases of the year and 0 for the whole year.
 */
public record IndicatorValues(Dataset<Row> rows, int year, List<Integer> phases) {

    /** The §4 columns of indicator_value, in order. */
    public static final StructType SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType).add("phase", DataTypes.IntegerType)
            .add("level", DataTypes.StringType).add("org_unit_code", DataTypes.StringType)
            .add("org_unit_name", DataTypes.StringType).add("indicator_code", DataTypes.StringType)
            .add("numerator", DataTypes.DoubleType).add("denominator", DataTypes.DoubleType)
            .add("value", DataTypes.DoubleType).add("value_2023", DataTypes.DoubleType)
            .add("change_abs", DataTypes.DoubleType).add("change_pct", DataTypes.DoubleType)
            .add("units_reporting", DataTypes.IntegerType).add("units_expected", DataTypes.IntegerType);

    public IndicatorValues {
        phases = List.copyOf(phases);
    }
}
