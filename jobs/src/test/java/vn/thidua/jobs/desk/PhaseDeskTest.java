package vn.thidua.jobs.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.forms.missing.FederationStatus;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.forms.roster.Unit;
import vn.thidua.forms.template.SubmissionTemplate;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.jobs.ParityQueries;
import vn.thidua.jobs.ThiduaApplication;
import vn.thidua.jobs.run.Pipeline;

/**
 * The clerk's desk on real PostgreSQL with the sample's reference data and its 2024 phase-1 inbox: the
 * missing list agrees with the reporting terms the indicators use, a generated template filled with POI goes
 * through the ingest job with no problem and exact figures, and the reminders are written once, the day after
 * the deadline.
 */
@SpringBootTest(classes = ThiduaApplication.class)
class PhaseDeskTest {

    private static final Path SAMPLE = Path.of(System.getProperty("thidua.sample-data", "../sample-data"));

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("thidua.workdir", () -> root.resolve("work").toString());
        registry.add("thidua.data", () -> root.resolve("data").toString());
    }

    @Autowired
    Pipeline pipeline;

    @Autowired
    PhaseDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    static boolean loaded;

    @BeforeEach
    void samplePhaseOne() throws Exception {
        if (loaded) {
            return;
        }
        copy(SAMPLE.resolve("reference"), root.resolve("data/reference"));
        copy(SAMPLE.resolve("inbox/2024/phase-1"), root.resolve("data/inbox/2024/phase-1"));
        Files.createDirectories(root.resolve("data/inbox/2024/phase-2"));
        pipeline.referenceData();
        pipeline.ingest(2024, 1);
        loaded = true;
    }

    @Test
    void theMissingListAgreesWithTheCompletenessAndTimelinessTerms() {
        MissingList list = desk.missing(2024, 1, LocalDate.of(2024, 8, 12));
        // the SQL DemoPipelineTest checks the published reporting_completeness against, per federation
        Map<String, int[]> completeness = new HashMap<>();
        jdbc.query(ParityQueries.completeness("parent_code", 2024), rs -> {
            if (rs.getInt("phase") == 1) {
                completeness.put(rs.getString("org_unit_code"), new int[] {rs.getInt("numerator"), rs.getInt("denominator")});
            }
        });
        Map<String, Integer> onTime = new HashMap<>();
        jdbc.query("SELECT u.parent_code, count(*) FROM org_unit u JOIN phase p ON p.year = 2024 AND p.phase = 1"
                + " AND (u.opened_on IS NULL OR u.opened_on <= p.ends_on) AND (u.closed_on IS NULL OR u.closed_on >= p.starts_on)"
                + " JOIN unit_submission s ON s.year = 2024 AND s.phase = 1 AND s.unit_code = u.code AND NOT s.late"
                + " WHERE u.level = 3 GROUP BY u.parent_code", rs -> {
                    onTime.put(rs.getString(1), rs.getInt(2));
                });
        Set<String> notReportedBySql = new HashSet<>(jdbc.queryForList("SELECT u.code FROM org_unit u JOIN phase p"
                + " ON p.year = 2024 AND p.phase = 1 AND (u.opened_on IS NULL OR u.opened_on <= p.ends_on)"
                + " AND (u.closed_on IS NULL OR u.closed_on >= p.starts_on) WHERE u.level = 3 AND NOT EXISTS (SELECT 1"
                + " FROM unit_submission s WHERE s.year = 2024 AND s.phase = 1 AND s.unit_code = u.code)", String.class));

        assertThat(list.federations()).extracting(f -> f.federation().code())
                .containsExactlyInAnyOrderElementsOf(completeness.keySet());
        Set<String> missing = new HashSet<>();
        for (FederationStatus status : list.federations()) {
            int[] sql = completeness.get(status.federation().code());
            assertThat(status.reported()).as(status.federation().code() + " reported").isEqualTo(sql[0]);
            assertThat(status.expected()).as(status.federation().code() + " expected").hasSize(sql[1]);
            assertThat(status.onTime()).as(status.federation().code() + " on time")
                    .isEqualTo(onTime.getOrDefault(status.federation().code(), 0));
            status.notReported().forEach(u -> missing.add(u.code()));
            status.rejectedOnly().forEach(u -> missing.add(u.code()));
        }
        assertThat(missing).isEqualTo(notReportedBySql);
        // the sample has every case: units not reported, late (Na Rì, Pác Nặm after 10/08) and refused rows
        assertThat(list.missing()).isPositive();
        assertThat(list.late()).isPositive();
        assertThat(list.federations().stream().mapToInt(f -> f.rejectedOnly().size()).sum()).isPositive();
        assertThat(list.deadlineText()).isEqualTo("hạn nộp 10/08/2024, đã quá hạn 2 ngày");
    }

    @Test
    void aFilledTemplateGoesThroughTheIngestJobWithNoProblemAndExactFigures() throws Exception {
        List<Path> files = desk.templates(2024, 2, "BK.BB", root.resolve("mau"));
        assertThat(files).hasSize(4);
        Path template = files.get(0);
        assertThat(template.getFileName().toString()).isEqualTo("mau-bao-cao_dot-2-2024_BK.BB.xlsx");

        List<IntakeCatalogue.Metric> metrics = desk.forms(2024, 2).catalogue().metrics();
        Map<String, Map<String, BigDecimal>> expected = new HashMap<>();
        Path inbox = root.resolve("data/inbox/2024/phase-2/2025-01-05_" + template.getFileName());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int n = 0;
            for (int r = SubmissionTemplate.FIRST_DATA_ROW - 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                // the federation's own row and every third unit stay blank: not reported
                if (code.isEmpty() || code.equals("BK.BB") || ++n % 3 == 0) {
                    continue;
                }
                Map<String, BigDecimal> values = new HashMap<>();
                for (int m = 0; m < metrics.size(); m++) {
                    BigDecimal value = value(metrics.get(m), n);
                    values.put(metrics.get(m).code(), value);
                    row.getCell(m + 2).setCellValue(value.doubleValue());
                }
                expected.put(code, values);
            }
            try (OutputStream out = Files.newOutputStream(inbox)) {
                workbook.write(out);
            }
        }
        pipeline.ingest(2024, 2);

        Map<String, Object> file = jdbc.queryForMap("SELECT id, status, rejected, warnings, imported FROM import_file"
                + " WHERE file_name = ?", inbox.getFileName().toString());
        assertThat(file.get("status")).isEqualTo("loaded");
        assertThat(file.get("rejected")).isEqualTo(0);
        assertThat(file.get("warnings")).isEqualTo(0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_issue WHERE import_file_id = ?", Integer.class,
                file.get("id"))).isZero();
        Map<String, Map<String, BigDecimal>> stored = new HashMap<>();
        jdbc.query("SELECT unit_code, metric_code, value FROM submission_value WHERE year = 2024 AND phase = 2", rs -> {
            stored.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
        });
        assertThat(stored.keySet()).isEqualTo(expected.keySet());
        expected.forEach((unit, values) -> values.forEach((metric, value) ->
                assertThat(stored.get(unit).get(metric)).as(unit + " " + metric).isEqualByComparingTo(value)));

        // and the units left blank are exactly the federation's missing ones in phase 2
        FederationStatus babe = desk.missing(2024, 2, LocalDate.of(2025, 1, 5)).federations().stream()
                .filter(f -> f.federation().code().equals("BK.BB")).findFirst().orElseThrow();
        assertThat(babe.reported()).isEqualTo(expected.size());
        assertThat(babe.notReported()).extracting(Unit::code).doesNotContainAnyElementsOf(expected.keySet());
    }

    @Test
    void remindersAreWrittenOnceTheDayAfterTheDeadline() throws IOException {
        assertThat(desk.dueReminders(LocalDate.of(2024, 8, 10))).isEmpty();
        List<Path> written = desk.dueReminders(LocalDate.of(2024, 8, 11));
        assertThat(written).isNotEmpty().allMatch(p -> p.startsWith(desk.folder(2024, 1).resolve("nhac-nho")));
        assertThat(desk.dueReminders(LocalDate.of(2024, 8, 11))).isEmpty();

        MissingList list = desk.missing(2024, 1, LocalDate.of(2024, 8, 11));
        FederationStatus first = list.federations().stream().filter(f -> f.missing() > 0).findFirst().orElseThrow();
        Unit missing = first.notReported().isEmpty() ? first.rejectedOnly().get(0) : first.notReported().get(0);
        String text = Files.readString(desk.folder(2024, 1).resolve("nhac-nho/nhac-nho_dot-1-2024_"
                + first.federation().fileKey() + ".txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("Kính gửi: " + first.federation().groupName(), "Hạn nộp là ngày 10/08/2024",
                "đã quá hạn 1 ngày", missing.code() + " – " + missing.name(), "Liên đoàn Lao động tỉnh Bắc Kạn");
        assertThat(desk.folder(2024, 1).resolve("nhac-nho/nguoi-nhan_dot-1-2024.csv")).exists();

        Path workbook = desk.missingWorkbook(list, root.resolve("ds"));
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getNumberOfSheets()).isEqualTo(list.federations().size() + 1);
        }
    }

    private static BigDecimal value(IntakeCatalogue.Metric metric, int n) {
        return switch (metric.code()) {
            case "members" -> BigDecimal.valueOf(500 + n);
            case "workers" -> BigDecimal.valueOf(20 + n);
            case "initiatives_registered" -> BigDecimal.valueOf(6);
            case "initiatives_recognized" -> BigDecimal.valueOf(4);
            case "initiatives_applied" -> BigDecimal.valueOf(2);
            case "unions_founded", "unions_dissolved" -> BigDecimal.ZERO;
            default -> metric.integral() ? BigDecimal.valueOf(10 + n) : new BigDecimal((1_000_000L * n) + ".5");
        };
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
