package vn.thidua.analytics.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import vn.thidua.analytics.AnalyticsException;
import vn.thidua.analytics.catalogue.Catalogue;
import vn.thidua.analytics.catalogue.IndicatorParser;
import vn.thidua.analytics.catalogue.MetricDefinition;
import vn.thidua.analytics.catalogue.MetricKind;

/**
 * Reads the CSV export of contract §3. The small files (catalogue, calendar, clusters, and the provinces
 * and federations of org_units.csv) are parsed on the driver: a Spark job per tiny file costs more than
 * the file. The three files that grow with the grassroots unions become RDDs of records ({@link LargeCsv}),
 * read by the run's jobs; only their headers are checked here. Column lists are declared, never inferred,
 * every header is checked against them, and a malformed value fails the run.
 */
public final class InputReader {

    private static final List<String> FILES = List.of("org_units.csv", "clusters.csv", "phases.csv",
            "metrics.csv", "indicators.csv", "targets.csv", "submissions.csv", "input.properties");

    private final SparkSession spark;

    public InputReader(SparkSession spark) {
        this.spark = spark;
    }

    public AnalyticsInput read(Path dir) {
        return read(dir, catalogue(dir));
    }

    /** The metric and indicator catalogue alone (read first, so that the indicator table can be written early). */
    public static Catalogue catalogue(Path dir) {
        for (String file : FILES) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new AnalyticsException("input " + dir + " has no " + file);
            }
        }
        return Catalogue.of(metrics(dir), indicators(dir));
    }

    /** The rest of the input, with the catalogue {@link #catalogue} read. */
    public AnalyticsInput read(Path dir, Catalogue catalogue) {
        InputProperties properties = InputProperties.load(dir.resolve("input.properties"));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new AnalyticsInput(
                LargeCsv.records(context, dir.resolve("org_units.csv"), InputSchemas.ORG_UNITS),
                LargeCsv.records(context, dir.resolve("submissions.csv"), InputSchemas.submissions(catalogue.metricCodes())),
                LargeCsv.records(context, dir.resolve("targets.csv"), InputSchemas.TARGETS),
                phases(dir),
                clusters(dir),
                upperUnits(dir),
                catalogue,
                properties,
                size(dir, "org_units.csv") + size(dir, "submissions.csv") + size(dir, "targets.csv"));
    }

    private static List<MetricDefinition> metrics(Path dir) {
        List<MetricDefinition> metrics = new ArrayList<>();
        for (CsvRecord row : SmallCsv.readAll(dir.resolve("metrics.csv"), InputSchemas.METRICS)) {
            String code = row.text(0);
            String kind = row.text(4);
            // the bounds and flags belong to the intake, but a malformed catalogue is refused here too
            row.number(5);
            row.number(6);
            row.number(7);
            row.bool(8);
            try {
                metrics.add(new MetricDefinition(code == null ? "" : code.trim(), MetricKind.parse(kind)));
            } catch (RuntimeException e) {
                throw new AnalyticsException("metrics.csv: metric '" + code + "' has kind '" + kind
                        + "', expected stock or flow");
            }
        }
        return metrics;
    }

    private static List<IndicatorParser.Raw> indicators(Path dir) {
        return SmallCsv.readAll(dir.resolve("indicators.csv"), InputSchemas.INDICATORS).stream()
                .map(r -> new IndicatorParser.Raw(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.number(5),
                        r.text(6)))
                .toList();
    }

    private static List<Phase> phases(Path dir) {
        return SmallCsv.readAll(dir.resolve("phases.csv"), InputSchemas.PHASES).stream()
                .map(r -> {
                    Integer year = r.integer(0);
                    Integer phase = r.integer(1);
                    if (year == null || phase == null) {
                        throw new AnalyticsException(r.where() + ": year and phase are required");
                    }
                    return new Phase(year, phase, r.text(2), r.date(3), r.date(4), r.date(5));
                })
                .toList();
    }

    private static Map<String, String> clusters(Path dir) {
        Map<String, String> clusters = new LinkedHashMap<>();
        for (CsvRecord row : SmallCsv.readAll(dir.resolve("clusters.csv"), InputSchemas.CLUSTERS)) {
            if (row.text(0) != null) {
                clusters.put(row.text(0), row.text(1));
            }
        }
        return clusters;
    }

    /** Levels 1 and 2 of org_units.csv, streamed: the grassroots rows are skipped, not kept. */
    private static List<UpperUnit> upperUnits(Path dir) {
        List<UpperUnit> units = new ArrayList<>();
        SmallCsv.forEach(dir.resolve("org_units.csv"), InputSchemas.ORG_UNITS, row -> {
            Integer level = row.integer(3);
            if (level != null && level < 3 && row.text(0) != null) {
                units.add(new UpperUnit(row.text(0), level, row.text(2), row.text(1)));
            }
        });
        return units;
    }

    private static long size(Path dir, String file) {
        try {
            return Files.size(dir.resolve(file));
        } catch (IOException e) {
            throw new AnalyticsException("cannot read " + dir.resolve(file) + ": " + e.getMessage(), e);
        }
    }
}
