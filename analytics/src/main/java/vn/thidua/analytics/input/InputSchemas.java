package vn.thidua.analytics.input;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import vn.thidua.reference.ExportFile;

/**
 * The column lists of the analytics input (data contract §3, same order as §1). Schemas are declared,
 * never inferred: inference would read every file twice and guess types from whatever the data holds.
 */
public final class InputSchemas {

    public static final StructType ORG_UNITS = schema(ExportFile.ORG_UNITS,
            StringType, StringType, StringType, IntegerType, StringType, StringType, DateType, DateType);

    public static final StructType CLUSTERS = schema(ExportFile.CLUSTERS, StringType, StringType);

    public static final StructType PHASES = schema(ExportFile.PHASES,
            IntegerType, IntegerType, StringType, DateType, DateType, DateType);

    public static final StructType METRICS = schema(ExportFile.METRICS, StringType, StringType, StringType, StringType,
            StringType, DoubleType, DoubleType, DoubleType, BooleanType, StringType);

    public static final StructType INDICATORS = schema(ExportFile.INDICATORS,
            StringType, StringType, StringType, StringType, StringType, DoubleType, StringType, StringType);

    public static final StructType MOVEMENTS = schema(ExportFile.MOVEMENTS, IntegerType, StringType, StringType, StringType);

    public static final StructType TARGETS = schema(ExportFile.TARGETS, IntegerType, StringType, StringType, DoubleType);

    /** The initiative registers summed per unit and phase by the export (counts and benefit as numbers). */
    public static final StructType INITIATIVE_REGISTER = schema(ExportFile.INITIATIVE_REGISTER,
            IntegerType, IntegerType, StringType, DoubleType, DoubleType, DoubleType, DoubleType);

    private InputSchemas() {
    }

    /** submissions.csv: fixed columns, then one double column per metric code in metrics.csv order. */
    public static StructType submissions(List<String> metricCodes) {
        StructType schema = schema(ExportFile.SUBMISSIONS, IntegerType, IntegerType, StringType, TimestampType, BooleanType);
        for (String code : metricCodes) {
            schema = schema.add(code, DoubleType);
        }
        return schema;
    }

    /** The file's columns (named once, in the reference module) with the types Spark reads them as. */
    private static StructType schema(ExportFile file, DataType... types) {
        if (types.length != file.columns().size()) {
            throw new IllegalStateException(file.fileName() + ": " + file.columns().size() + " cột, " + types.length + " kiểu");
        }
        StructType schema = new StructType();
        for (int i = 0; i < types.length; i++) {
            schema = schema.add(file.columns().get(i), types[i]);
        }
        return schema;
    }
}
