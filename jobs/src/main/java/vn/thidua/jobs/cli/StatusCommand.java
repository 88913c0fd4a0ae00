package vn.thidua.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.forms.missing.MissingText;
import vn.thidua.jobs.desk.PhaseDesk;
import vn.thidua.jobs.run.Pipeline;
import vn.thidua.jobs.config.ThiduaProperties;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Tình trạng: CSDL, phiên bản danh mục, số tệp/đơn vị đã nạp mỗi đợt, các lần chạy gần nhất,"
                + " ảnh chụp đang công bố; với --missing: CĐCS chưa báo cáo, nộp muộn, tệp bị từ chối của từng đơn vị tổng hợp.",
                "Shows the database, loaded files per phase, recent runs and the published snapshot; --missing: who has not reported."})
class StatusCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--missing", description = "Danh sách CĐCS phải báo cáo mà chưa báo cáo, nộp muộn, hoặc chỉ có tệp bị từ"
            + " chối, theo từng đơn vị tổng hợp, với hạn nộp; kèm bảng tính gửi các đơn vị (--out)")
    boolean missing;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Với --missing: thư mục ghi bảng tính; mặc định <workdir>/desk/<năm>/phase-<đợt>")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (missing) {
            return missing();
        }
        try (ApplicationSession session = ApplicationSession.open(options)) {
            JdbcTemplate jdbc = session.bean(JdbcTemplate.class);
            ThiduaProperties properties = session.bean(ThiduaProperties.class);
            String url = session.context().getEnvironment().getProperty("spring.datasource.url");
            // the URL may carry credentials in its query string: print only scheme, host and database
            Console.OUT.println("CSDL: " + (url == null || url.isBlank() ? "PostgreSQL nhúng tại "
                    + properties.workdir().resolve("db").toAbsolutePath() : "PostgreSQL ngoài " + url.replaceAll("[?;].*$", "")));
            Console.OUT.println("Phiên bản danh mục: " + jdbc.queryForObject("SELECT coalesce((SELECT version FROM"
                    + " catalogue_version ORDER BY loaded_at DESC, version DESC LIMIT 1), 'chưa nạp')", String.class));
            Console.OUT.println("Năm  Đợt  Tệp  Từ chối  Muộn  Đơn vị có số liệu  Dòng lỗi  Cảnh báo");
            jdbc.query("SELECT p.year, p.phase, count(f.id), count(f.id) FILTER (WHERE f.status = 'failed'),"
                    + " count(f.id) FILTER (WHERE f.late), (SELECT count(*) FROM unit_submission s WHERE s.year = p.year"
                    + " AND s.phase = p.phase), coalesce(sum(f.rejected), 0), coalesce(sum(f.warnings), 0)"
                    + " FROM phase p LEFT JOIN import_file f ON f.year = p.year AND f.phase = p.phase"
                    + " GROUP BY p.year, p.phase ORDER BY p.year, p.phase", rs -> {
                        Console.OUT.printf("%d  %3d  %3d  %7d  %4d  %17d  %8d  %8d%n", rs.getInt(1), rs.getInt(2), rs.getInt(3),
                                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));
                    });
            Console.OUT.println("Các lần chạy gần nhất:");
            jdbc.query("SELECT e.job_execution_id, i.job_name, e.status, to_char(e.start_time, 'DD/MM/YYYY HH24:MI:SS'),"
                    + " e.exit_message FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)"
                    + " ORDER BY e.job_execution_id DESC LIMIT 10", rs -> {
                        String exit = rs.getString(5);
                        Console.OUT.printf("  #%d %-14s %-9s %s%s%n", rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), exit == null || exit.isBlank() ? "" : " — " + exit.lines().findFirst().orElse(""));
                    });
            Path current = properties.warehouse().resolve("current");
            Console.OUT.println("Ảnh chụp đang công bố: " + (Files.exists(current)
                    ? current.toRealPath().getFileName() : "chưa có (chạy ./thidua analyze)"));
        }
        return 0;
    }

    private int missing() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            Pipeline pipeline = session.bean(Pipeline.class);
            PhaseDesk desk = session.bean(PhaseDesk.class);
            LocalDate today = LocalDate.now(session.bean(Clock.class));
            int year = pipeline.reportingYear(options.year);
            for (int phase : pipeline.phases(year, options.phase)) {
                MissingList list = desk.missing(year, phase, today);
                MissingText.lines(list).forEach(Console.OUT::println);
                List<String> refused = desk.refusedFiles(year, phase);
                if (!refused.isEmpty()) {
                    Console.OUT.println("Tệp bị từ chối toàn bộ (không rõ của CĐCS nào; xem báo cáo kiểm tra tệp):");
                    refused.forEach(f -> Console.OUT.println("  " + f));
                }
                Path file = desk.missingWorkbook(list, out != null ? out : desk.folder(year, phase));
                Console.OUT.println("Bảng tính gửi các đơn vị: " + file.toAbsolutePath().normalize());
                Console.OUT.println();
            }
        }
        return 0;
    }
}
