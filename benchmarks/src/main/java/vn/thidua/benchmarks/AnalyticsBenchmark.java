package vn.thidua.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.jobs.analytics.AnalyticsExport;
import vn.thidua.jobs.analytics.AnalyticsDriver;
import vn.thidua.jobs.analytics.SparkClassArchive;
import vn.thidua.jobs.analytics.WarmSparkDriver;
import vn.thidua.jobs.cli.ApplicationSession;
import vn.thidua.jobs.cli.CommonOptions;
import vn.thidua.jobs.cli.Console;
import vn.thidua.jobs.cli.Steps;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.Pipeline;
import vn.thidua.jobs.run.StepReport;
import vn.thidua.reference.indicator.Catalogue;

/**
 * The analytics job beside two anchors doing the same work on the same data: the published
 * {@code indicator_value} (every indicator, every level, phases and year, previous year and changes, the
 * same rows) computed by DuckDB from the job's own export and written as Parquet, and by PostgreSQL from its
 * tables into a table — both from the one statement {@link IndicatorSql} generates from the catalogue.
 * Each run prints every tool's time and the ratios; the medians close the table.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true,
        description = {"Đo thời gian Spark tính indicator_value so với DuckDB (từ cùng tệp xuất, ghi Parquet) và"
                + " PostgreSQL (ghi vào bảng) làm cùng việc, cùng dòng kết quả. Dùng với dữ liệu toàn quốc.",
                "Spark's indicator_value next to DuckDB (same export, Parquet) and PostgreSQL (into a table) doing the"
                + " same work, the same rows; prints times and ratios per run and their medians."})
public class AnalyticsBenchmark implements Callable<Integer> {

    static final String PG_TABLE = "benchmark_indicator_value";

    @Mixin
    CommonOptions options;

    @Option(names = "--runs", defaultValue = "3", description = "số lần đo (runs; the medians are printed)")
    int runs;

    @Option(names = "--warm-driver", description = "Spark chạy trong một JVM giữ ấm giữa các lần, như lệnh schedule"
            + " (the schedule's warm analytics driver: run 1 is its first run, the next ones are repeated runs)")
    boolean warmDriver;

    /** One measured run, milliseconds; the CPU of its three parts (null for the medians). */
    record Run(long sparkAnalyze, long sparkJob, long sparkIndicatorValue, long sparkRows, long export, long duckdb,
               long duckdbRows, long postgres, long postgresRows, CpuMeter.Spent sparkCpu, CpuMeter.Spent duckdbCpu,
               CpuMeter.Spent postgresCpu) {
    }

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = warmDriver ? ApplicationSession.open(options, "--thidua.analytics.warm-driver=true")
                : ApplicationSession.open(options)) {
            ThiduaProperties properties = session.bean(ThiduaProperties.class);
            Pipeline pipeline = session.bean(Pipeline.class);
            DataSource dataSource = session.bean(DataSource.class);
            Steps steps = new Steps();
            steps.run(pipeline::referenceData);
            int year = pipeline.reportingYear(options.year);
            for (int y : List.of(year - 1, year)) {
                for (int phase : pipeline.phases(y, null)) {
                    steps.run(() -> pipeline.ingest(y, phase));
                }
            }
            Path scratch = Files.createDirectories(properties.workdir().resolve("benchmark"));
            prepareClassArchive(pipeline, properties, year);
            List<Run> results = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                Run run = once(pipeline, properties, dataSource, scratch, year);
                results.add(run);
                print("lần " + r + (warmDriver ? (r == 1 ? " (JVM giữ ấm, lần đầu)" : " (JVM giữ ấm, chạy lại)") : ""), run);
                if (warmDriver && r == 1) {
                    awaitWarmUp(session.bean(AnalyticsDriver.class));
                }
            }
            Console.OUT.println();
            Run median = new Run(median(results, Run::sparkAnalyze), median(results, Run::sparkJob),
                    median(results, Run::sparkIndicatorValue), results.get(0).sparkRows(), median(results, Run::export),
                    median(results, Run::duckdb), results.get(0).duckdbRows(), median(results, Run::postgres),
                    results.get(0).postgresRows(), null, null, null);
            print("trung vị (median) của " + runs, median);
        }
        return 0;
    }

    /**
     * The schedule's driver repeats its first run in the background (DriverWarmUp); the repeated runs are timed
     * after that, as the schedule's next runs would come.
     */
    private static void awaitWarmUp(AnalyticsDriver driver) throws InterruptedException {
        if (driver instanceof WarmSparkDriver warm) {
            long started = System.nanoTime();
            var done = warm.awaitWarmUp(Duration.ofMinutes(30));
            Console.OUT.printf("%nlàm ấm trong nền sau lần 1 (không tính giờ, không công bố): %s sau %.1f s%n",
                    done.isPresent() ? done.getAsInt() + " lần chạy lại" : "chưa xong", millisSince(started) / 1000.0);
        }
    }

    /**
     * A user's runs after the first start from the class archive made once per build (SparkClassArchive); when
     * this build has none yet, one untimed run records it and the benchmark waits for its dump.
     */
    private static void prepareClassArchive(Pipeline pipeline, ThiduaProperties properties, int year) throws Exception {
        var archive = SparkClassArchive.forSettings(properties.analytics());
        if (archive.isPresent() && !archive.get().isReady() && !properties.analytics().warmDriver()) {
            Console.OUT.println("Kho lớp Spark (CDS) chưa có cho bản dựng này: một lần chạy không tính giờ để tạo...");
            pipeline.analyze(year);
            archive.get().awaitArchive(Duration.ofMinutes(10));
        }
        Console.OUT.println("Kho lớp Spark (CDS): " + (archive.map(SparkClassArchive::isReady).orElse(false)
                ? "có, các JVM Spark mới khởi động từ đó" : "không có"));
    }

    private Run once(Pipeline pipeline, ThiduaProperties properties, DataSource dataSource, Path scratch, int year) throws Exception {
        CpuMeter.Snapshot before = CpuMeter.now();
        StepReport spark = pipeline.analyze(year);
        CpuMeter.Spent sparkCpu = CpuMeter.between(before, CpuMeter.now());
        JsonNode manifest = new ObjectMapper().readTree(properties.warehouse().resolve("current/manifest.json").toFile());
        JsonNode t = manifest.path("timings_ms");
        long sparkIndicatorValue = t.path("read_input").asLong() + t.path("compute").asLong() + t.path("indicator_value").asLong();
        long sparkRows = manifest.path("row_counts").path("indicator_value").asLong();

        Path input = scratch.resolve("analytics-input");
        delete(input);
        long started = System.nanoTime();
        new AnalyticsExport(dataSource).export(input, year);
        long export = millisSince(started);

        Path parquet = scratch.resolve("duckdb-indicator_value");
        delete(parquet);
        long duckdbRows;
        before = CpuMeter.now();
        started = System.nanoTime();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement()) {
            String dir = input.toAbsolutePath().toString();
            // spill into the work folder, never into the current directory (DuckDB's default .tmp/)
            st.execute("SET temp_directory = '" + scratch.resolve("duckdb-tmp").toAbsolutePath().toString().replace("'", "''") + "'");
            Catalogue catalogue = IndicatorSql.duckdbCatalogue(duck, dir);
            st.execute(IndicatorSql.duckdbParquet(parquet.toAbsolutePath().toString(), catalogue, dir, year));
        }
        long duckdb = millisSince(started);
        CpuMeter.Spent duckdbCpu = CpuMeter.between(before, CpuMeter.now());
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + parquet.toAbsolutePath() + "/**/*.parquet')")) {
            rs.next();
            duckdbRows = rs.getLong(1);
        }

        long postgresRows;
        long postgres;
        CpuMeter.Spent postgresCpu;
        try (Connection pg = dataSource.getConnection(); Statement st = pg.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + PG_TABLE);
            before = CpuMeter.now();
            started = System.nanoTime();
            pg.setAutoCommit(false);
            st.execute("SET LOCAL work_mem = '256MB'");
            st.execute(IndicatorSql.postgresTable(PG_TABLE, IndicatorSql.postgresCatalogue(pg), year));
            pg.commit();
            postgres = millisSince(started);
            postgresCpu = CpuMeter.between(before, CpuMeter.now());
            pg.setAutoCommit(true);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + PG_TABLE)) {
                rs.next();
                postgresRows = rs.getLong(1);
            }
        }
        return new Run(spark.millis(), t.path("total").asLong(), sparkIndicatorValue, sparkRows, export, duckdb, duckdbRows,
                postgres, postgresRows, sparkCpu, duckdbCpu, postgresCpu);
    }

    private static void print(String title, Run r) {
        Console.OUT.printf("%n%s%n", title);
        Console.OUT.printf("  %-66s %9s %12s%n", "", "giây (s)", "dòng (rows)");
        Console.OUT.printf("  %-66s %9.1f %,12d%n", "Spark: thidua analyze (xuất COPY + JVM + job, cả xếp hạng cụm)",
                r.sparkAnalyze() / 1000.0, r.sparkRows());
        Console.OUT.printf("  %-66s %9.1f%n", "  job Spark (manifest total)", r.sparkJob() / 1000.0);
        Console.OUT.printf("  %-66s %9.1f%n", "  job Spark, phần indicator_value (read_input + compute + ghi)", r.sparkIndicatorValue() / 1000.0);
        Console.OUT.printf("  %-66s %9.1f%n", "xuất COPY (AnalyticsExport, như bước analyze)", r.export() / 1000.0);
        Console.OUT.printf("  %-66s %9.1f %,12d%n", "DuckDB: cùng indicator_value từ tệp xuất → Parquet", r.duckdb() / 1000.0, r.duckdbRows());
        Console.OUT.printf("  %-66s %9.1f %,12d%n", "PostgreSQL: cùng indicator_value từ các bảng → bảng", r.postgres() / 1000.0,
                r.postgresRows());
        Console.OUT.printf("  tỷ lệ Spark/DuckDB: %.1f× (analyze / xuất + DuckDB), %.1f× (phần indicator_value của job / DuckDB)%n",
                ratio(r.sparkAnalyze(), r.export() + r.duckdb()), ratio(r.sparkIndicatorValue(), r.duckdb()));
        Console.OUT.printf("  tỷ lệ Spark/PostgreSQL: %.1f× (analyze / PostgreSQL), %.1f× (xuất + phần indicator_value / PostgreSQL)%n",
                ratio(r.sparkAnalyze(), r.postgres()), ratio(r.export() + r.sparkIndicatorValue(), r.postgres()));
        if (r.sparkCpu() != null && r.sparkCpu().known()) {
            // analyze: the Spark JVM is a child process, ended (one-off) or running (the warm driver); its export
            // runs on PostgreSQL
            Console.OUT.printf("  CPU (giây, %d lõi): analyze — JVM Spark %.1f, PostgreSQL %.1f, JVM này %.1f, máy bận %.0f%%;"
                            + " DuckDB %.1f (máy bận %.0f%%); PostgreSQL %.1f (máy bận %.0f%%)%n",
                    Runtime.getRuntime().availableProcessors(), r.sparkCpu().children() + r.sparkCpu().others(), r.sparkCpu().postgres(),
                    r.sparkCpu().jvm(), 100 * r.sparkCpu().busy(), r.duckdbCpu().jvm(), 100 * r.duckdbCpu().busy(),
                    r.postgresCpu().postgres(), 100 * r.postgresCpu().busy());
        }
        if (r.sparkRows() != r.duckdbRows() || r.sparkRows() != r.postgresRows()) {
            Console.OUT.println("  CẢNH BÁO: số dòng khác nhau — các mốc không còn làm cùng việc (IndicatorAnchorsTest)");
        }
    }

    private static double ratio(long a, long b) {
        return a / (double) Math.max(1, b);
    }

    private static long median(List<Run> runs, ToLongFunction<Run> f) {
        long[] values = runs.stream().mapToLong(f).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
