package vn.thidua.analytics.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import vn.thidua.analytics.AnalyticsException;
import vn.thidua.analytics.catalogue.IndicatorDefinition;
import vn.thidua.analytics.compute.IndicatorValues;
import vn.thidua.analytics.input.CsvRecord;

/** Writes the three Parquet tables of a snapshot (contract §4), one Spark job each. */
public final class SnapshotWriter {

    public static final String INDICATOR_VALUE = "indicator_value";
    public static final String INDICATOR = "indicator";
    public static final String ORG_UNIT = "org_unit";

    private static final StructType INDICATOR_SCHEMA = new StructType()
            .add("code", DataTypes.StringType).add("label_vi", DataTypes.StringType)
            .add("label_en", DataTypes.StringType).add("unit", DataTypes.StringType)
            .add("scale", DataTypes.DoubleType);

    private static final StructType ORG_UNIT_SCHEMA = new StructType()
            .add("code", DataTypes.StringType).add("name", DataTypes.StringType)
            .add("parent_code", DataTypes.StringType).add("level", DataTypes.IntegerType)
            .add("type", DataTypes.StringType).add("cluster", DataTypes.StringType);

    private static final List<String> MEASURES = List.of("numerator", "denominator", "value", "value_2023",
            "change_abs", "change_pct");

    private final SparkSession spark;
    private final Path dir;

    public SnapshotWriter(SparkSession spark, Path dir) {
        this.spark = spark;
        this.dir = dir;
    }

    /**
     * indicator_value/year=Y/phase=P/: the whole computation runs in this one write. Each task streams
     * its rows to one file per phase (see {@code SparkSettings}: no sort before the write).
     */
    public void indicatorValues(IndicatorValues values) {
        var write = values.rows().write().mode(SaveMode.ErrorIfExists).partitionBy("year", "phase");
        // The measures are nearly all distinct: a dictionary for them only costs (Parquet fills one up to
        // its size limit, then falls back to plain encoding, hashing every value on the way). The text
        // columns repeat on every indicator row of a group and keep theirs.
        for (String measure : MEASURES) {
            write = write.option("parquet.enable.dictionary#" + measure, "false");
        }
        write.parquet(uri(INDICATOR_VALUE));
    }

    public void indicators(List<IndicatorDefinition> indicators) {
        List<Row> rows = indicators.stream()
                .map(i -> RowFactory.create(i.code(), i.labelVi(), i.labelEn(), i.unit(), i.scale()))
                .toList();
        spark.createDataFrame(rows, INDICATOR_SCHEMA).coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).parquet(uri(INDICATOR));
    }

    /** One file sorted by code; coalesce then sort within it, so no range-partitioning pass samples the data first. */
    public void orgUnits(JavaRDD<CsvRecord> orgUnits) {
        // code, name, parent_code, level, type, cluster
        JavaRDD<Row> rows = orgUnits.map(r -> RowFactory.create(r.text(0), r.text(1), r.text(2), r.integer(3), r.text(4),
                r.text(5)));
        spark.createDataFrame(rows, ORG_UNIT_SCHEMA)
                .coalesce(1).sortWithinPartitions("code")
                .write().mode(SaveMode.ErrorIfExists).parquet(uri(ORG_UNIT));
    }

    /**
     * Rows of a written table, summed from its Parquet footers on the driver: counts what was really
     * written, without a Spark job. (The driver sees the warehouse, as the publishing rename needs.)
     */
    public long count(String table) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        long rows = 0;
        try (Stream<Path> files = Files.walk(dir.resolve(table))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
                try (ParquetFileReader reader = ParquetFileReader.open(
                        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
                    rows += reader.getRecordCount();
                }
            }
        } catch (IOException e) {
            throw new AnalyticsException("cannot count the rows of " + dir.resolve(table) + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private String uri(String table) {
        return dir.resolve(table).toUri().toString();
    }
}
