package vn.thidua.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.jobs.ThiduaApplication;
import vn.thidua.jobs.run.Pipeline;

/**
 * The ingest job end to end on real PostgreSQL with a corpus of malformed and hostile files: each
 * gives its expected rejection (file, line, column, code) and no valid row is lost with the bad ones.
 */
@SpringBootTest(classes = ThiduaApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobTest {

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
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    static List<String> open;
    static String closed;

    @BeforeEach
    void referenceData() throws Exception {
        if (open != null) {
            return;
        }
        Path reference = root.resolve("data/reference");
        Files.createDirectories(reference);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("thidua.sample-data", "../sample-data"), "reference"))) {
            for (Path f : files.toList()) {
                Files.copy(f, reference.resolve(f.getFileName()));
            }
        }
        pipeline.referenceData();
        open = jdbc.queryForList("SELECT code FROM org_unit WHERE level = 3 AND closed_on IS NULL"
                + " AND (opened_on IS NULL OR opened_on < DATE '2023-01-01') ORDER BY code LIMIT 20", String.class);
        closed = jdbc.queryForObject("SELECT code FROM org_unit WHERE level = 3 AND closed_on < DATE '2024-01-01'"
                + " ORDER BY code LIMIT 1", String.class);
    }

    @Test
    @Order(1)
    void eachKindOfBadInputIsRejectedClearlyAndValidRowsStillLoad() throws Exception {
        // given an inbox with good rows mixed into bad files, and files that are bad as a whole
        Path inbox = Files.createDirectories(root.resolve("data/inbox/2024/phase-1"));
        String header = "Mã đơn vị,Tên đơn vị,members,workers,emulation_registered,initiatives_registered,"
                + "initiatives_recognized,initiatives_applied\n";
        Corpus.csv(inbox, "2024-07-01_hang-loi.csv", header
                + u(0) + ",Đơn vị tốt,50,5,40,3,2,1\n"                 // line 2: valid
                + "BK.XX.999,Không có,50,5,40,3,2,1\n"                // line 3: unknown unit
                + closed + ",Đã giải thể,50,5,40,3,2,1\n"             // line 4: closed before the phase
                + u(1) + ",Đơn vị tốt 2,30,2,20,1,1,0\n"              // line 5: valid
                + u(1) + ",Lặp lại,31,2,20,1,1,0\n"                   // line 6: duplicate unit
                + u(2) + ",,12a,2,20,1,1,0\n"                         // line 7: not a number
                + u(3) + ",,-5,2,20,1,1,0\n"                          // line 8: negative
                + u(4) + ",,50,2,80,1,1,0\n"                          // line 9: registered above members
                + u(5) + ",,50,2,20,2,2,5\n"                          // line 10: applied above recognised
                + u(6) + ",,12.5,2,10,1,1,0\n"                        // line 11: persons not an integer
                + u(7) + ",,999999999,2,10,1,1,0\n"                   // line 12: out of bounds
                + ",,,,,,,\n\n");                                     // blank trailing rows
        Corpus.csv(inbox, "2024-07-01_dot-sai.csv", "Mã đơn vị,Đợt,members\n" + u(8) + ",2,40\n");
        Corpus.csv(inbox, "2024-07-01_thieu-cot.csv", "Mã đơn vị,workers\n" + u(8) + ",4\n");
        Corpus.bytes(inbox, "2024-07-01_rong.csv", new byte[0]);
        Corpus.bytes(inbox, "2024-07-01_excel-cu.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        Corpus.bytes(inbox, "2024-07-01_co-macro.xlsm", "PK".getBytes(StandardCharsets.US_ASCII));
        Corpus.bytes(inbox, "2024-07-01_windows-1258.csv",
                Corpus.windows1258("Mã đơn vị;Tên đơn vị;Số đoàn viên;Số đoàn viên đăng ký thi đua\n"
                        + u(9) + ";Công đoàn Trường Tiểu học Nam Mẫu;1.234;1.200\n"));
        Corpus.bytes(inbox, "2024-07-01_tcvn3.csv", new byte[] {'M', (byte) 0xB7, ' ', (byte) 0xAE, (byte) 0xAC, 'n', ' ', 'v',
                (byte) 0xDE, ';', 'x', '\n', 'B', 'K', ';', '1', '\n'});
        Corpus.bytes(inbox, "2024-07-01_khong-tieu-de.csv", (u(8) + ",40,4\n").getBytes(StandardCharsets.UTF_8));
        Corpus.csv(inbox, "2024-07-01_ngoac-kep.csv", "Mã đơn vị,members\n\"" + u(8) + ",40\n");
        Corpus.bytes(inbox, "2024-07-01_anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Corpus.bytes(inbox, "2024-07-01_hong.xlsx", "không phải excel".getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = ("\uFEFFMã đơn vị,members,emulation_registered\n" + u(10) + ",60,50\n").getBytes(StandardCharsets.UTF_16LE);
        Corpus.bytes(inbox, "2024-07-01_utf16.csv", utf16);
        Corpus.xlsx(inbox, "2024-07-01_ba-be.xlsx", List.of(
                List.of("LIÊN ĐOÀN LAO ĐỘNG HUYỆN BA BỂ"),
                List.of("BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA ĐỢT 1 NĂM 2024"),
                Arrays.asList("Mã đơn vị", "Tên đơn vị", "Số đoàn viên", "Số đoàn viên đăng ký thi đua", "Số sáng kiến đăng ký"),
                Arrays.asList(u(11), "Công đoàn <b>Trường</b>", "1.045", 900, "=2+1")));
        Path bomb = Corpus.xlsx(inbox, "2024-07-01_zip-bomb.xlsx", List.of(List.of("Mã đơn vị", "members"), List.of(u(12), 10)));
        String sheet = new String(Corpus.entry(bomb, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        Corpus.replaceEntry(bomb, "xl/worksheets/sheet1.xml",
                sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(60 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        Path xxe = Corpus.xlsx(inbox, "2024-07-01_xxe.xlsx", List.of(List.of("Mã đơn vị", "members"), List.of(u(13), 10)));
        String xxeSheet = new String(Corpus.entry(xxe, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
                .replace("<sheetData>", "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>");
        Corpus.replaceEntry(xxe, "xl/worksheets/sheet1.xml", xxeSheet.getBytes(StandardCharsets.UTF_8));
        Path macro = Corpus.xlsx(inbox, "2024-07-01_macro-an.xlsx", List.of(List.of("Mã đơn vị", "members"), List.of(u(14), 10)));
        Corpus.addEntry(macro, "xl/vbaProject.bin", new byte[] {1, 2, 3});
        try (var out = Files.newOutputStream(inbox.resolve("2024-07-01_mot-dong-50mb.csv"))) {
            byte[] chunk = "9,".repeat(512 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        String hostile = "2024-07-01_..\u0007 Báo cáo Chợ Đồn (bản cuối)..csv";
        Corpus.csv(inbox, hostile, "Mã đơn vị,members\n" + u(15) + ",33\n");

        // when
        pipeline.ingest(2024, 1);

        // then every valid row is in, and nothing else
        assertThat(jdbc.queryForList("SELECT unit_code FROM unit_submission WHERE year = 2024 AND phase = 1 ORDER BY unit_code",
                String.class)).containsExactlyInAnyOrder(u(0), u(1), u(9), u(10), u(11), u(15));
        assertThat(figure(u(9), "members")).isEqualTo("1234");
        assertThat(figure(u(11), "members")).isEqualTo("1045");
        assertThat(figure(u(11), "initiatives_registered")).isEqualTo("3");
        assertThat(figure(u(1), "members")).isEqualTo("30");
        // each row-level rejection names its line and column
        assertRejected("2024-07-01_hang-loi.csv", 3, "Mã đơn vị", "UNKNOWN_UNIT");
        assertRejected("2024-07-01_hang-loi.csv", 4, "Mã đơn vị", "UNIT_CLOSED");
        assertRejected("2024-07-01_hang-loi.csv", 6, "Mã đơn vị", "DUPLICATE_UNIT");
        assertRejected("2024-07-01_hang-loi.csv", 7, "members", "NOT_A_NUMBER");
        assertRejected("2024-07-01_hang-loi.csv", 8, "members", "NEGATIVE");
        assertRejected("2024-07-01_hang-loi.csv", 9, "emulation_registered", "RULE_%");
        assertRejected("2024-07-01_hang-loi.csv", 10, "initiatives_applied", "RULE_%");
        assertRejected("2024-07-01_hang-loi.csv", 11, "members", "NOT_INTEGER");
        assertRejected("2024-07-01_hang-loi.csv", 12, "members", "OUT_OF_BOUNDS");
        // files rejected as a whole load nothing and say why
        for (String[] whole : new String[][] {{"2024-07-01_dot-sai.csv", "WRONG_PERIOD"},
                {"2024-07-01_thieu-cot.csv", "MISSING_COLUMN"}, {"2024-07-01_rong.csv", "EMPTY_FILE"},
                {"2024-07-01_excel-cu.xls", "UNSUPPORTED_TYPE"}, {"2024-07-01_co-macro.xlsm", "MACROS"},
                {"2024-07-01_tcvn3.csv", "ENCODING"}, {"2024-07-01_khong-tieu-de.csv", "NO_HEADER"},
                {"2024-07-01_ngoac-kep.csv", "MALFORMED_CSV"}, {"2024-07-01_anh.png", "UNSUPPORTED_TYPE"},
                {"2024-07-01_hong.xlsx", "UNREADABLE"}, {"2024-07-01_zip-bomb.xlsx", "ZIP_BOMB"},
                {"2024-07-01_xxe.xlsx", "UNREADABLE"}, {"2024-07-01_macro-an.xlsx", "MACROS"},
                {"2024-07-01_mot-dong-50mb.csv", "MALFORMED_CSV"}}) {
            assertThat(jdbc.queryForList("SELECT error_code FROM submission_reject WHERE source_file = ? AND line_no IS NULL",
                    String.class, whole[0])).as(whole[0]).containsExactly(whole[1]);
            assertThat(jdbc.queryForObject("SELECT status FROM import_file WHERE file_name = ?", String.class, whole[0]))
                    .isEqualTo("failed");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_issue WHERE message LIKE '%root:%' OR raw_value LIKE '%root:%'",
                Long.class)).isZero();
        // hostile names: archived under the archive folder, with a safe name, never elsewhere
        Path archive = root.resolve("work/archive").toRealPath();
        try (Stream<Path> all = Files.walk(root.resolve("work"))) {
            List<Path> copies = all.filter(Files::isRegularFile).filter(p -> p.toString().contains("Chợ Đồn")).toList();
            assertThat(copies).isNotEmpty().allSatisfy(p -> {
                assertThat(p.toRealPath()).startsWith(archive);
                assertThat(p.getFileName().toString()).doesNotContain("..").doesNotContain("\u0007");
            });
        }
        // every processed file has its report for the unit, escaped
        String report = Files.readString(onlyReport("ba-be.xlsx"), StandardCharsets.UTF_8);
        assertThat(report).contains("Kết quả tiếp nhận báo cáo").doesNotContain("<b>Trường</b>");
    }

    @Test
    @Order(2)
    void aCorrectionReplacesFiguresWithAnAuditTrailAndRepeatsChangeNothing() throws Exception {
        // given a first report, a later correction, the same file again under another name, and an identical restatement
        Path inbox = Files.createDirectories(root.resolve("data/inbox/2024/phase-2"));
        String first = "Mã đơn vị,members,emulation_registered\n" + u(0) + ",50,40\n" + u(1) + ",30,20\n";
        Corpus.csv(inbox, "2024-12-20_ba-be.csv", first);
        Corpus.csv(inbox, "2024-12-21_ba-be-gui-lai.csv", first);
        Corpus.csv(inbox, "2025-01-15_ba-be_bo-sung.csv", "Mã đơn vị,members,emulation_registered\n" + u(0) + ",50,45\n"
                + u(1) + ",30,20\n");
        Corpus.csv(inbox, "2025-01-16_ba-be_nhac-lai.csv", "Mã đơn vị;members;emulation_registered\n" + u(0) + ";50;45\n");

        // when
        pipeline.ingest(2024, 2);

        // then
        assertThat(figure(u(0), 2, "emulation_registered")).isEqualTo("45");
        List<Map<String, Object>> audit = jdbc.queryForList("SELECT a.unit_code, a.metric_code, a.old_value, a.new_value, f.file_name"
                + " FROM submission_audit a JOIN import_file f ON f.id = a.import_file_id"
                + " WHERE a.year = 2024 AND a.phase = 2 AND a.old_value IS NOT NULL");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("unit_code", u(0)).containsEntry("metric_code", "emulation_registered")
                .containsEntry("file_name", "2025-01-15_ba-be_bo-sung.csv");
        assertThat(((Number) audit.get(0).get("old_value")).intValue()).isEqualTo(40);
        assertThat(jdbc.queryForList("SELECT file_name FROM import_file WHERE year = 2024 AND phase = 2 ORDER BY received_at",
                String.class)).containsExactly("2024-12-20_ba-be.csv", "2025-01-15_ba-be_bo-sung.csv", "2025-01-16_ba-be_nhac-lai.csv");
        assertThat(jdbc.queryForMap("SELECT unchanged, updated, late FROM import_file WHERE file_name = '2025-01-16_ba-be_nhac-lai.csv'"))
                .containsEntry("unchanged", 1).containsEntry("updated", 0).containsEntry("late", true);
        // the first report came on time, so the unit stays on time after its late correction
        assertThat(jdbc.queryForObject("SELECT late FROM unit_submission WHERE year = 2024 AND phase = 2 AND unit_code = ?",
                Boolean.class, u(0))).isFalse();
    }

    @Test
    @Order(3)
    void aDryRunReportsLikeARealRunAndWritesNothing() throws Exception {
        // given
        Path inbox = root.resolve("data/inbox/2024/phase-2");
        Corpus.csv(inbox, "2025-01-20_thu.csv", "Mã đơn vị,members\n" + u(2) + ",70\nBK.XX.000,5\n");
        Map<String, Long> before = counts();
        // when
        pipeline.ingest(2024, 2, true);
        // then
        assertThat(counts()).isEqualTo(before);
        try (Stream<Path> reports = Files.walk(root.resolve("work/reports/dry-run"))) {
            Path report = reports.filter(p -> p.toString().endsWith("2025-01-20_thu.csv.bao-cao.html")).findFirst().orElseThrow();
            assertThat(Files.readString(report)).contains("chạy thử").contains("UNKNOWN_UNIT");
        }
    }

    @Test
    @Order(4)
    void aSecondRunOfTheSamePhaseRefusesWhileOneIsRunning() throws Exception {
        // given another process holding the phase's run lock
        try (Connection other = dataSource.getConnection();
             PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            lock.setInt(1, 0x74686964);
            lock.setInt(2, "ingest:2024:2".hashCode());
            lock.execute();
            // when / then
            assertThatThrownBy(() -> pipeline.ingest(2024, 2)).hasMessageContaining("Đang có một lần chạy khác");
        }
        // and once it is released, the run goes ahead
        pipeline.ingest(2024, 2);
    }

    @Test
    @Order(5)
    void registersResentInOneTransactionKeepTheLatestStatusOfEachInitiative() throws Exception {
        // given a register, then two later ones in the same batch of files that resend initiative SK-1
        Path inbox = root.resolve("data/inbox/2024/phase-1");
        String header = "Mã sáng kiến,Mã đơn vị,Tên sáng kiến,Tác giả,Lĩnh vực,Ngày đăng ký,Trạng thái,Cấp công nhận,"
                + "Giá trị làm lợi (đồng)\n";
        Corpus.csv(inbox, "2024-07-10_dot-1_sang-kien.csv", header
                + "SK-1," + u(0) + ",Sổ tay điện tử,Nguyễn Văn A,Giáo dục,10/03/2024,Đăng ký,,\n"
                + "SK-2," + u(0) + ",Bếp ăn tiết kiệm,Trần Thị B,Dịch vụ,11/03/2024,Đăng ký,,\n");
        Corpus.csv(inbox, "2024-07-11_bo-sung_sang-kien.csv", header
                + "SK-1," + u(0) + ",Sổ tay điện tử,Nguyễn Văn A,Giáo dục,10/03/2024,Được công nhận,Cơ sở,\n"
                + "SK-3," + u(1) + ",Phần mềm chấm công,Lê Văn C,Công nghệ,12/03/2024,Đăng ký,,\n");
        Corpus.csv(inbox, "2024-07-12_bo-sung-2_sang-kien.csv", header
                + "SK-1," + u(0) + ",Sổ tay điện tử,Nguyễn Văn A,Giáo dục,10/03/2024,Đã áp dụng,Cơ sở,5.000.000\n");
        // ...and a last one that leaves SK-1's optional cells blank
        Corpus.csv(inbox, "2024-07-13_bo-sung-3_sang-kien.csv", header
                + "SK-1," + u(0) + ",Sổ tay điện tử,,,,Đã áp dụng,,\n");

        // when
        pipeline.ingest(2024, 1);

        // then each initiative is there once, with what the latest register said
        assertThat(jdbc.queryForList("SELECT initiative_id || ':' || status FROM initiative"
                + " WHERE initiative_id LIKE 'SK-%' ORDER BY initiative_id", String.class))
                .containsExactly("SK-1:applied", "SK-2:registered", "SK-3:registered");
        // and the blank cells kept what the earlier registers said (a blank never erases), as the report tells
        assertThat(jdbc.queryForMap("SELECT authors, field, registered_on::text AS registered_on, recognition_level,"
                + " benefit_vnd FROM initiative WHERE initiative_id = 'SK-1'"))
                .containsEntry("authors", "Nguyễn Văn A").containsEntry("field", "Giáo dục")
                .containsEntry("registered_on", "2024-03-10").containsEntry("recognition_level", "Cơ sở")
                .hasEntrySatisfying("benefit_vnd", v -> assertThat(((Number) v).longValue()).isEqualTo(5_000_000L));
        assertThat(Files.readString(onlyReport("2024-07-13_bo-sung-3_sang-kien.csv")))
                .contains("Muốn sửa sổ sáng kiến?").contains("ô để trống giữ nguyên thông tin đã nộp");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("import_file", "unit_submission", "submission_audit", "import_issue")) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private Path onlyReport(String suffix) throws Exception {
        try (Stream<Path> all = Files.walk(root.resolve("work/archive"))) {
            return all.filter(p -> p.toString().endsWith(suffix + ".bao-cao.html")).findFirst().orElseThrow();
        }
    }

    private void assertRejected(String file, long line, String column, String codePattern) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM submission_reject WHERE source_file = ? AND line_no = ?"
                + " AND error_code LIKE ?", file, line, codePattern);
        assertThat(rows).as("%s line %d %s", file, line, codePattern).hasSize(1);
        assertThat(rows.get(0)).containsEntry("column_name", column);
        assertThat((String) rows.get(0).get("message")).isNotBlank();
    }

    private String figure(String unit, String metric) {
        return figure(unit, 1, metric);
    }

    private String figure(String unit, int phase, String metric) {
        List<String> values = new ArrayList<>();
        jdbc.query("SELECT value FROM submission_value WHERE year = 2024 AND phase = ? AND unit_code = ? AND metric_code = ?",
                rs -> {
                    values.add(rs.getBigDecimal(1).stripTrailingZeros().toPlainString());
                }, phase, unit, metric);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String u(int i) {
        return open.get(i);
    }
}
