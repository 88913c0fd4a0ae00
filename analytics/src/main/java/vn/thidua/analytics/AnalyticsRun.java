package vn.thidua.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

import vn.thidua.analytics.cli.CliOptions;
import vn.thidua.analytics.compute.IndicatorPipeline;
import vn.thidua.analytics.compute.IndicatorValues;
import vn.thidua.analytics.input.AnalyticsInput;
import vn.thidua.analytics.input.InputReader;
import vn.thidua.analytics.input.InputProperties;
import vn.thidua.analytics.publish.SnapshotWriter;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.manifest.ManifestFile;
import vn.thidua.warehouse.table.Table;
import vn.thidua.warehouse.table.Tables;

/**
 * One run: read the export, compute, write a snapshot under staging/, publish it, prune old ones.
 * Until the {@code current} link moves nothing a reader sees has changed; a failure before that removes
 * the staging directory and rethrows.
 */
public final class AnalyticsRun {

    private final SparkSession spark;

    public AnalyticsRun(SparkSession spark) {
        this.spark = spark;
    }

    public RunResult execute(CliOptions.Run options) throws IOException {
        long started = System.nanoTime();
        Warehouse warehouse = new Warehouse(options.warehouse());
        String runId = warehouse.newRunId(options.runId(), Instant.now());
        Path staging = warehouse.staging(runId);
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Table> tables = new java.util.ArrayList<>(List.of(Tables.INDICATOR_VALUE, Tables.INDICATOR, Tables.ORG_UNIT,
                Tables.CLUSTER, Tables.MOVEMENT, Tables.PHASE));
        try {
            Files.createDirectories(staging);
            removeLeftovers(staging, options.input());
            SnapshotWriter writer = new SnapshotWriter(spark, staging);
            long t = System.nanoTime();
            AnalyticsInput input = new InputReader(spark).read(options.input());
            t = lap(timings, "read_input", t);
            try (IndicatorPipeline pipeline = new IndicatorPipeline()) {
                IndicatorValues values = pipeline.indicatorValues(input, options.year());
                t = lap(timings, "compute", t);
                writer.indicatorValues(values);
                t = lap(timings, "indicator_value", t);
                if (writer.clusterRankings(values)) {
                    tables.add(Tables.CLUSTER_RANKING);
                }
                t = lap(timings, "cluster_ranking", t);
                writer.indicators(input.catalogue().indicators());
                writer.orgUnits(input.orgUnits());
                writer.clusters(input.clusters());
                writer.movements(input.movements());
                writer.phases(input.phases(), options.year());
                t = lap(timings, "reference_tables", t);
            }
            for (Table table : tables) {
                counts.put(table.name(), writer.count(table));
            }
            lap(timings, "row_counts", t);
            timings.put("total", millisSince(started));
            InputProperties p = input.properties();
            ManifestFile.write(staging.resolve(Warehouse.MANIFEST), new Manifest(runId, options.year(), Instant.now(),
                    p.catalogueVersion(), p.watermark(), p.dataCutoff(), p.dataCutoffTimeKnown(), p.exportedAt(),
                    spark.sparkContext().master(), counts, timings));
            removeExportInside(staging, options.input());
            warehouse.publish(runId);
        } catch (Throwable e) { // Throwable: Spark throws its checked SparkException undeclared
            warehouse.discard(runId);
            throw e;
        }
        List<String> pruned = prune(warehouse, options.keep());
        return new RunResult(runId, options.year(), warehouse.snapshot(runId), counts, millisSince(started), pruned);
    }

    /**
     * The jobs module exports into staging/&lt;run&gt;/input/ (contract §3); that is work material, not part
     * of the published snapshot, so it goes before the rename.
     */
    private static void removeExportInside(Path staging, Path input) throws IOException {
        if (input.normalize().equals(staging.resolve("input").normalize())) {
            Warehouse.deleteTree(input);
        }
    }

    /**
     * A run retried under its own id after its driver crashed (the jobs module's warm driver does that once)
     * finds the crashed attempt's half-written tables in staging: they go, the export stays, so the retry
     * equals a clean run.
     */
    private static void removeLeftovers(Path staging, Path input) throws IOException {
        try (var entries = Files.list(staging)) {
            for (Path entry : entries.toList()) {
                if (!entry.normalize().equals(input.normalize())) {
                    Warehouse.deleteTree(entry);
                }
            }
        }
    }

    /** Pruning happens after the run is published, so its failure is only a warning. */
    private static List<String> prune(Warehouse warehouse, int keep) {
        try {
            return warehouse.prune(keep);
        } catch (IOException | RuntimeException e) {
            System.err.println("phân tích: cảnh báo: không xóa được các ảnh chụp cũ: " + e.getMessage());
            return List.of();
        }
    }

    private static long lap(Map<String, Long> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, (now - since) / 1_000_000);
        return now;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
