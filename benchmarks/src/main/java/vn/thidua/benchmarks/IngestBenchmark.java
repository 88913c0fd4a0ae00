package vn.thidua.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.cli.ApplicationSession;
import vn.thidua.jobs.cli.CommonOptions;
import vn.thidua.jobs.cli.Console;
import vn.thidua.jobs.cli.Steps;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.database.EmbeddedDatabase;
import vn.thidua.intake.Inbox;
import vn.thidua.jobs.run.Pipeline;
import vn.thidua.jobs.run.StepReport;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Đo tốc độ nạp một đợt (mặc định 2024 đợt 1) so với psql \\copy cùng các tệp CSV vào một bảng thường,"
                + " trên cùng CSDL nhúng. Dùng với dữ liệu toàn quốc: ./thidua generate --scale national --out DIR.",
                "Ingest throughput next to psql \\copy of the same CSV rows on the same database (embedded only)."})
public class IngestBenchmark implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        int phase = options.phase != null ? options.phase : 1;
        try (ApplicationSession session = ApplicationSession.open(options)) {
            ThiduaProperties properties = session.bean(ThiduaProperties.class);
            EmbeddedDatabase database = session.context().getBeanProvider(EmbeddedDatabase.class).getIfAvailable();
            if (database == null) {
                throw new IllegalStateException("benchmark-ingest chỉ chạy với CSDL nhúng (unset SPRING_DATASOURCE_URL)");
            }
            Pipeline pipeline = session.bean(Pipeline.class);
            new Steps().run(pipeline::referenceData);
            int year = pipeline.reportingYear(options.year);
            StepReport ingest = pipeline.ingest(year, phase);
            long rows = session.bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "SELECT coalesce(sum(rows_read), 0) FROM import_file WHERE year = ? AND phase = ?", Long.class, year, phase);
            Path scratch = Files.createDirectories(properties.workdir().resolve("benchmark"));
            CopyBaseline.Result copy = CopyBaseline.run(Inbox.directory(properties.data(), year, phase), "localhost",
                    database.port(), "postgres", "postgres", scratch);
            CopyBaseline.Result equal = CopyBaseline.equalWork(session.bean(javax.sql.DataSource.class), year, phase,
                    "localhost", database.port(), "postgres", "postgres", scratch);
            double ingestRate = rows / Math.max(1e-3, ingest.millis() / 1000.0);
            double copyRate = copy.rows() / Math.max(1e-3, copy.millis() / 1000.0);
            double equalRate = equal.rows() / Math.max(1e-3, equal.millis() / 1000.0);
            Console.OUT.printf("%n%-44s %12s %10s %12s%n", "", "dòng (rows)", "giây (s)", "dòng/giây");
            Console.OUT.printf("%-44s %,12d %10.1f %,12.0f%n", "thidua ingest (đọc, kiểm tra, ghi, kiểm toán)", rows,
                    ingest.millis() / 1000.0, ingestRate);
            Console.OUT.printf("%-44s %,12d %10.1f %,12.0f%n", "psql \\copy cùng dòng vào bản sao bảng thật", equal.rows(),
                    equal.millis() / 1000.0, equalRate);
            Console.OUT.printf("%-44s %,12d %10.1f %,12.0f%n", "psql \\copy tệp CSV vào bảng văn bản thường", copy.rows(),
                    copy.millis() / 1000.0, copyRate);
            Console.OUT.printf("tỷ lệ ingest / COPY cùng việc (bản sao unit_submission jsonb + initiative có khóa): %.0f%%%n",
                    100 * ingestRate / equalRate);
            Console.OUT.printf("tỷ lệ ingest / COPY vào bảng văn bản (sàn, không cùng việc): %.0f%% (heap tối đa %d MB)%n",
                    100 * ingestRate / copyRate, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        return 0;
    }
}
