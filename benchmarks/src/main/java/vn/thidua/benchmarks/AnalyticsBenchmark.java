package vn.thidua.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.cli.ApplicationSession;
import vn.thidua.jobs.cli.CommonOptions;
import vn.thidua.jobs.cli.Console;
import vn.thidua.jobs.cli.Steps;
import vn.thidua.jobs.analytics.AnalyticsExport;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.Pipeline;
import vn.thidua.jobs.run.StepReport;

@Command(name = "analytics", mixinStandardHelpOptions = true,
        description = {"Đo thời gian tính chỉ tiêu bằng Spark so với SQL của PostgreSQL trên cùng dữ liệu (và chuẩn bị"
                + " tệp cho DuckDB: benchmarks/analytics.sh). Dùng với dữ liệu toàn quốc.",
                "Spark job wall time next to PostgreSQL SQL computing the same indicators on the same data; writes the"
                + " export and the DuckDB statement for benchmarks/analytics.sh."})
public class AnalyticsBenchmark implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            ThiduaProperties properties = session.bean(ThiduaProperties.class);
            Pipeline pipeline = session.bean(Pipeline.class);
            Steps steps = new Steps();
            steps.run(pipeline::referenceData);
            int year = pipeline.reportingYear(options.year);
            for (int y : List.of(year - 1, year)) {
                for (int phase : pipeline.phases(y, null)) {
                    steps.run(() -> pipeline.ingest(y, phase));
                }
            }
            StepReport spark = pipeline.analyze(year);
            JsonNode manifest = new ObjectMapper().readTree(properties.warehouse().resolve("current/manifest.json").toFile());
            long sparkJob = manifest.path("timings_ms").path("total").asLong();
            long sparkRows = manifest.path("row_counts").path("indicator_value").asLong();

            JdbcTemplate jdbc = session.bean(JdbcTemplate.class);
            List<String> metrics = jdbc.queryForList("SELECT code FROM metric ORDER BY ordinal", String.class);
            List<String[]> catalogue = jdbc.query("SELECT code, numerator, denominator, scale::text FROM indicator ORDER BY ordinal",
                    (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            List<IndicatorSql.Indicator> indicators = IndicatorSql.computable(catalogue, new HashSet<>(metrics));

            long started = System.nanoTime();
            long[] pgRows = {0};
            jdbc.query(IndicatorSql.postgres(indicators, metrics, year), rs -> {
                pgRows[0]++;
            });
            long postgres = (System.nanoTime() - started) / 1_000_000;

            Path scratch = Files.createDirectories(properties.workdir().resolve("benchmark"));
            Path input = scratch.resolve("analytics-input");
            started = System.nanoTime();
            new AnalyticsExport(session.bean(javax.sql.DataSource.class)).export(input, year);
            long export = (System.nanoTime() - started) / 1_000_000;
            Files.writeString(scratch.resolve("duckdb.sql"), IndicatorSql.duckdb(indicators, metrics,
                    input.toAbsolutePath().toString(), year));

            Console.OUT.printf("%n%-58s %10s %12s%n", "", "giây (s)", "dòng (rows)");
            Console.OUT.printf("%-58s %10.1f %,12d%n", "Spark: xuất COPY + JVM + job (" + indicatorsAll(catalogue) + " chỉ tiêu, mọi cấp)",
                    spark.millis() / 1000.0, sparkRows);
            Console.OUT.printf("%-58s %10.1f %12s%n", "  trong đó job Spark (phiên + đọc + tính + ghi Parquet)", sparkJob / 1000.0, "");
            Console.OUT.printf("%-58s %10.1f %,12d%n", "PostgreSQL SQL trên submission_value (" + indicators.size() + " chỉ tiêu)",
                    postgres / 1000.0, pgRows[0]);
            Console.OUT.printf("%-58s %10.1f %12s%n", "(xuất CSV cho DuckDB bằng COPY)", export / 1000.0, "");
            Console.OUT.println("DuckDB: " + scratch.resolve("duckdb.sql"));
        }
        return 0;
    }

    private static int indicatorsAll(List<String[]> catalogue) {
        return catalogue.size();
    }
}
