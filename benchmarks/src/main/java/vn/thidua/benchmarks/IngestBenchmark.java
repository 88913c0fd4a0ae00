package vn.thidua.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
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

/**
 * Ingest throughput against psql {@code \copy} of the same rows, in one run: the asked phase as the first
 * ingest of a new JVM (what {@code ./thidua ingest} does), then the year's other phase in the same JVM (what
 * the schedule's next tick does: its code already compiled), each beside its own equal-work COPY.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Đo tốc độ nạp: đợt được chọn (mặc định 2024 đợt 1) trong một JVM mới, rồi đợt còn lại trong cùng JVM,"
                + " mỗi đợt so với psql \\copy cùng các dòng vào bản sao bảng thật, trên cùng CSDL nhúng."
                + " Dùng với dữ liệu toàn quốc: ./thidua generate --scale national --out DIR.",
                "Ingest throughput (first ingest of a JVM, then the other phase in the same JVM) next to psql \\copy of the"
                        + " same rows on the same database (embedded only)."})
public class IngestBenchmark implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    private record Measured(String label, long rows, long ingestMillis, CopyBaseline.Result equal, CopyBaseline.Result floor,
                            CpuMeter.Spent ingestCpu, CpuMeter.Spent equalCpu) {
    }

    private static double rate(long millis, long rows) {
        return rows / Math.max(1e-3, millis / 1000.0);
    }

    @Override
    public Integer call() throws Exception {
        int first = options.phase != null ? options.phase : 1;
        try (ApplicationSession session = ApplicationSession.open(options)) {
            ThiduaProperties properties = session.bean(ThiduaProperties.class);
            EmbeddedDatabase database = session.context().getBeanProvider(EmbeddedDatabase.class).getIfAvailable();
            if (database == null) {
                throw new IllegalStateException("benchmark-ingest chỉ chạy với CSDL nhúng (unset SPRING_DATASOURCE_URL)");
            }
            Pipeline pipeline = session.bean(Pipeline.class);
            new Steps().run(pipeline::referenceData);
            int year = pipeline.reportingYear(options.year);
            Path scratch = Files.createDirectories(properties.workdir().resolve("benchmark"));
            Measured cold = measure(session, database, pipeline, properties, scratch, year, first,
                    "đợt " + first + ", lần nạp đầu của JVM (như ./thidua ingest)", true);
            int second = first == 1 ? 2 : 1;
            Measured warm = Files.isDirectory(Inbox.directory(properties.data(), year, second))
                    ? measure(session, database, pipeline, properties, scratch, year, second,
                    "đợt " + second + ", lần nạp sau trong cùng JVM (như lịch chạy)", false) : null;
            print(cold);
            if (warm != null) {
                print(warm);
            }
            Console.OUT.printf("(heap tối đa %d MB)%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        return 0;
    }

    private static Measured measure(ApplicationSession session, EmbeddedDatabase database, Pipeline pipeline,
                                    ThiduaProperties properties, Path scratch, int year, int phase, String label,
                                    boolean withFloor) throws Exception {
        JdbcTemplate jdbc = session.bean(JdbcTemplate.class);
        settle(jdbc);
        CpuMeter.Snapshot beforeIngest = CpuMeter.now();
        StepReport ingest = pipeline.ingest(year, phase);
        CpuMeter.Spent ingestCpu = CpuMeter.between(beforeIngest, CpuMeter.now());
        settle(jdbc);
        long rows = jdbc.queryForObject(
                "SELECT coalesce(sum(rows_read), 0) FROM import_file WHERE year = ? AND phase = ?", Long.class, year, phase);
        CpuMeter.Snapshot beforeCopy = CpuMeter.now();
        CopyBaseline.Result equal = CopyBaseline.equalWork(session.bean(DataSource.class), year, phase, "localhost",
                database.port(), "postgres", "postgres", scratch);
        // The anchor's CPU includes its untimed dump and table copies: of the same kind, and small beside the copy.
        CpuMeter.Spent equalCpu = CpuMeter.between(beforeCopy, CpuMeter.now());
        settle(jdbc);
        CopyBaseline.Result floor = withFloor ? CopyBaseline.run(Inbox.directory(properties.data(), year, phase), "localhost",
                database.port(), "postgres", "postgres", scratch) : null;
        return new Measured(label, rows, ingest.millis(), equal, floor, ingestCpu, equalCpu);
    }

    /**
     * Before each timed part, untimed: PostgreSQL's background work left by the part before (a checkpoint of
     * its WAL, autovacuum of the tables it filled) done now, so it does not land in the next part's time.
     * Measured without it, the same COPY took 3,9 s in one run and 6,3 s in the next.
     */
    private static void settle(JdbcTemplate jdbc) {
        jdbc.execute("VACUUM ANALYZE");
        jdbc.execute("CHECKPOINT");
    }

    private static void print(Measured m) {
        double ingestRate = rate(m.ingestMillis(), m.rows());
        double equalRate = rate(m.equal().millis(), m.equal().rows());
        Console.OUT.printf("%n%s%n%-44s %12s %10s %12s%n", m.label(), "", "dòng (rows)", "giây (s)", "dòng/giây");
        Console.OUT.printf("%-44s %,12d %10.1f %,12.0f%n", "thidua ingest (đọc, kiểm tra, ghi, kiểm toán)", m.rows(),
                m.ingestMillis() / 1000.0, ingestRate);
        Console.OUT.printf("%-44s %,12d %10.1f %,12.0f%n", "psql \\copy cùng dòng vào bản sao bảng thật", m.equal().rows(),
                m.equal().millis() / 1000.0, equalRate);
        double floorRate = m.floor() == null ? Double.NaN : rate(m.floor().millis(), m.floor().rows());
        if (m.floor() != null) {
            Console.OUT.printf("%-44s %,12d %10.1f %,12.0f%n", "psql \\copy tệp CSV vào bảng văn bản thường", m.floor().rows(),
                    m.floor().millis() / 1000.0, floorRate);
        }
        Console.OUT.printf("tỷ lệ ingest / COPY cùng việc (bản sao unit_submission jsonb + initiative có khóa): %.0f%%%n",
                100 * ingestRate / equalRate);
        if (m.ingestCpu().known()) {
            CpuMeter.Spent in = m.ingestCpu();
            CpuMeter.Spent copy = m.equalCpu();
            Console.OUT.printf("CPU của ingest (giây, %d lõi): JVM %.1f (JIT %.1f, GC %.1f, đọc/kiểm tra/ghi %.1f),"
                            + " PostgreSQL %.1f; trong %.1f s, máy bận %.0f%% các lõi%n",
                    Runtime.getRuntime().availableProcessors(), in.jvm(), in.jit(), in.gc(), in.jvmOther(), in.postgres(),
                    in.wallSeconds(), 100 * in.busy());
            Console.OUT.printf("CPU của COPY cùng việc (giây, kể cả phần trích và tạo bảng không tính giờ): PostgreSQL %.1f,"
                    + " psql %.1f, JVM %.1f%n", copy.postgres(), copy.children(), copy.jvm());
        }
        if (m.floor() != null) {
            Console.OUT.printf("tỷ lệ ingest / COPY vào bảng văn bản (sàn, không cùng việc): %.0f%%%n",
                    100 * ingestRate / floorRate);
        }
    }
}
