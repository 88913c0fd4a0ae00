package vn.thidua.analytics.input;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;

import org.apache.spark.sql.types.StructType;

/**
 * The column lists of the analytics input (data contract §3, same order as §1). Schemas are declared,
 * never inferred: inference would read every file twice and guess types from whatever the data holds.
 */
public final class InputSchemas {

    public static final StructType ORG_UNITS = new StructType()
            .add("code", StringType).add("name", StringType).add("parent_code", StringType)
            .add("level", IntegerType).add("type", StringType).add("cluster", StringType)
            .add("opened_on", DateType).add("closed_on", DateType);

    public static final StructType CLUSTERS = new StructType()
            .add("code", StringType).add("name", StringType);

    public static final StructType PHASES = new StructType()
            .add("year", IntegerType).add("phase", IntegerType).add("name", StringType)
            .add("starts_on", DateType).add("ends_on", DateType).add("deadline", DateType);

    public static final StructType METRICS = new StructType()
            .add("code", StringType).add("label_vi", StringType).add("label_en", StringType)
            .add("unit", StringType).add("kind", StringType).add("min_value", DoubleType)
            .add("max_value", DoubleType).add("max_change_pct", DoubleType).add("required", BooleanType)
            .add("aliases", StringType);

    public static final StructType INDICATORS = new StructType()
            .add("code", StringType).add("label_vi", StringType).add("label_en", StringType)
            .add("numerator", StringType).add("denominator", StringType).add("scale", DoubleType)
            .add("unit", StringType);

    public static final StructType TARGETS = new StructType()
            .add("year", IntegerType).add("unit_code", StringType).add("metric_code", StringType)
            .add("target_value", DoubleType);

    /** The initiative registers summed per unit and phase by the export (counts and benefit as numbers). */
    public static final StructType INITIATIVE_REGISTER = new StructType()
            .add("year", IntegerType).add("phase", IntegerType).add("unit_code", StringType)
            .add("registered", DoubleType).add("recognized", DoubleType).add("applied", DoubleType)
            .add("benefit_vnd", DoubleType);

    private InputSchemas() {
    }

    /** submissions.csv: fixed columns, then one double column per metric code in metrics.csv order. */
    public static StructType submissions(List<String> metricCodes) {
        StructType schema = new StructType()
                .add("year", IntegerType).add("phase", IntegerType).add("unit_code", StringType)
                .add("submitted_at", TimestampType).add("late", BooleanType);
        for (String code : metricCodes) {
            schema = schema.add(code, DoubleType);
        }
        return schema;
    }
}
