package vn.thidua.analytics.input;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import vn.thidua.analytics.AnalyticsException;
import vn.thidua.reference.ExportFile;
import vn.thidua.reference.indicator.Catalogue;
import vn.thidua.reference.indicator.Term;
import vn.thidua.reference.indicator.IndicatorParser;
import vn.thidua.reference.indicator.MetricDefinition;
import vn.thidua.reference.indicator.MetricKind;

/** Reads the CSV export of contract §3 with declared schemas; the small catalogue files are collected. */
public final class InputReader {

    private static final List<String> FILES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(ExportFile.values()).map(ExportFile::fileName), java.util.stream.Stream.of(ExportFile.PROPERTIES))
            .toList();

    private final SparkSession spark;

    public InputReader(SparkSession spark) {
        this.spark = spark;
    }

    public AnalyticsInput read(Path dir) {
        for (String file : FILES) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new AnalyticsException("thư mục đầu vào " + dir + " thiếu tệp " + file);
            }
        }
        InputProperties properties = InputProperties.load(dir.resolve(ExportFile.PROPERTIES));
        Catalogue catalogue = Catalogue.of(metrics(dir), indicators(dir));
        Dataset<Row> submissions = csv(dir, ExportFile.SUBMISSIONS.fileName(), InputSchemas.submissions(catalogue.metricCodes()));
        return new AnalyticsInput(
                csv(dir, ExportFile.ORG_UNITS.fileName(), InputSchemas.ORG_UNITS),
                csv(dir, ExportFile.CLUSTERS.fileName(), InputSchemas.CLUSTERS),
                csv(dir, ExportFile.PHASES.fileName(), InputSchemas.PHASES),
                csv(dir, ExportFile.TARGETS.fileName(), InputSchemas.TARGETS),
                prefixMetrics(submissions, catalogue),
                prefixRegisterCounts(csv(dir, ExportFile.INITIATIVE_REGISTER.fileName(), InputSchemas.INITIATIVE_REGISTER)),
                csv(dir, ExportFile.MOVEMENTS.fileName(), InputSchemas.MOVEMENTS),
                catalogue,
                properties);
    }

    private List<MetricDefinition> metrics(Path dir) {
        List<MetricDefinition> metrics = new ArrayList<>();
        for (Row row : csv(dir, ExportFile.METRICS.fileName(), InputSchemas.METRICS).select("code", "kind").collectAsList()) {
            String code = row.getString(0);
            String kind = row.getString(1);
            try {
                metrics.add(new MetricDefinition(code == null ? "" : code.trim(), MetricKind.parse(kind)));
            } catch (RuntimeException e) {
                throw new AnalyticsException("metrics.csv: chỉ số '" + code + "' có kind '" + kind
                        + "', phải là stock hoặc flow");
            }
        }
        return metrics;
    }

    private List<IndicatorParser.Raw> indicators(Path dir) {
        return csv(dir, ExportFile.INDICATORS.fileName(), InputSchemas.INDICATORS).collectAsList().stream()
                .map(r -> new IndicatorParser.Raw(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.isNullAt(5) ? null : r.getDouble(5), r.getString(6), r.getString(7)))
                .toList();
    }

    private static Dataset<Row> prefixMetrics(Dataset<Row> submissions, Catalogue catalogue) {
        List<Column> columns = new ArrayList<>(List.of(col("year"), col("phase"), col("unit_code"), col("late")));
        for (String code : catalogue.metricCodes()) {
            columns.add(col(code).as(ColumnNames.metric(code)));
        }
        return submissions.select(columns.toArray(Column[]::new));
    }

    private static Dataset<Row> prefixRegisterCounts(Dataset<Row> registers) {
        List<Column> columns = new ArrayList<>(List.of(col("year"), col("phase"), col("unit_code")));
        for (String field : Term.REGISTER_FIELDS) {
            columns.add(col(field).as(ColumnNames.register(field)));
        }
        return registers.select(columns.toArray(Column[]::new));
    }

    private Dataset<Row> csv(Path dir, String file, StructType schema) {
        return spark.read()
                .schema(schema)
                .option("header", true)
                // Check the header against the declared columns instead of trusting their position.
                .option("enforceSchema", false)
                // A malformed value stops the run: a silently nulled figure would read as "not reported".
                .option("mode", "FAILFAST")
                .option("encoding", "UTF-8")
                .option("quote", "\"")
                .option("escape", "\"") // RFC 4180 doubles quotes; Spark's default escape is a backslash
                .option("dateFormat", "yyyy-MM-dd")
                .csv(dir.resolve(file).toUri().toString());
    }
}
