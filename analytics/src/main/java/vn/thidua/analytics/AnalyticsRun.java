package vn.thidua.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.spark.sql.SparkSession;

import vn.thidua.analytics.cli.CliOptions;
import vn.thidua.analytics.compute.IndicatorPipeline;
import vn.thidua.analytics.compute.IndicatorValues;
import vn.thidua.analytics.catalogue.Catalogue;
import vn.thidua.analytics.input.AnalyticsInput;
import vn.thidua.analytics.input.InputProperties;
import vn.thidua.analytics.input.InputReader;
import vn.thidua.analytics.publish.Manifest;
import vn.thidua.analytics.publish.SnapshotWriter;
import vn.thidua.analytics.publish.Warehouse;

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

    public RunResult execute(CliOptions options) throws IOException {
        long started = System.nanoTime();
        Warehouse warehouse = new Warehouse(options.warehouse());
        String runId = warehouse.runId(options.runId(), Instant.now());
        Path staging = warehouse.staging(runId);
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            Files.createDirectories(staging);
            SnapshotWriter writer = new SnapshotWriter(spark, staging);
            long t = System.nanoTime();
            Catalogue catalogue = InputReader.catalogue(options.input());
            // The two small tables are written from a second thread, started first: the indicator table
            // needs only the catalogue, and its write takes Spark SQL's one-time start-up costs (session
            // state, Parquet writer, code generation) on the other core while this thread reads the rest
            // of the input and plans. Both are awaited before anything else happens, including the
            // cleanup of a failed run.
            CompletableFuture<AnalyticsInput> inputRead = new CompletableFuture<>();
            CompletableFuture<Long> smallTables = CompletableFuture.supplyAsync(() -> {
                long small = System.nanoTime();
                writer.indicators(catalogue.indicators());
                writer.orgUnits(inputRead.join().orgUnits());
                return millisSince(small);
            }, runnable -> {
                Thread thread = new Thread(runnable, "analytics-small-tables");
                thread.setDaemon(true);
                thread.start();
            });
            AnalyticsInput input;
            try {
                try {
                    input = new InputReader(spark).read(options.input(), catalogue);
                    inputRead.complete(input);
                } catch (RuntimeException | Error e) {
                    inputRead.completeExceptionally(e);
                    throw e;
                }
                t = lap(timings, "read_input", t);
                int partitions = IndicatorPipeline.partitions(input.inputBytes(), options.shufflePartitions());
                IndicatorValues values = new IndicatorPipeline().indicatorValues(spark, input, options.year(), partitions);
                t = lap(timings, "plan", t);
                writer.indicatorValues(values);
                lap(timings, "indicator_value", t);
            } finally {
                awaitQuietly(smallTables);
            }
            timings.put("indicator_and_org_unit", join(smallTables));
            t = System.nanoTime();
            for (String table : List.of(SnapshotWriter.INDICATOR_VALUE, SnapshotWriter.INDICATOR, SnapshotWriter.ORG_UNIT)) {
                counts.put(table, writer.count(table));
            }
            lap(timings, "row_counts", t);
            timings.put("total", millisSince(started));
            InputProperties properties = input.properties();
            new Manifest(runId, options.year(), Instant.now(), properties.catalogueVersion(),
                    properties.watermark(), properties.exportedAt(), spark.sparkContext().master(),
                    counts, timings).write(staging.resolve("manifest.json"));
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
            try (var walk = Files.walk(input)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Pruning happens after the run is published, so its failure is only a warning. */
    private static List<String> prune(Warehouse warehouse, int keep) {
        try {
            return warehouse.prune(keep);
        } catch (IOException | RuntimeException e) {
            System.err.println("analytics: warning: could not delete old snapshots: " + e.getMessage());
            return List.of();
        }
    }

    private static void awaitQuietly(CompletableFuture<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // reported by join() below, unless the main write's own failure is already on its way
        }
    }

    /** The result of a finished future, its failure rethrown as it was thrown. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
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
