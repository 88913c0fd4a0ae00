package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The inbox follows docs/data-contracts.md §2 while looking like what units really send. */
class InboxTest {
    private static final String NAME = "\\d{4}-\\d{2}-\\d{2}(_\\d{4})?_[a-z0-9_-]+\\.(csv|xlsx)";

    private static List<Path> submissionFiles(int year, int phase) {
        return TestFiles.files(Provincial.inbox(year, phase)).stream()
                .filter(f -> !f.getFileName().toString().contains("_sang-kien")).toList();
    }

    @Test
    void fileNamesStartWithTheDateReceived() {
        // given
        List<Path> all = TestFiles.files(Provincial.dir().resolve("inbox"));

        // then
        assertThat(all).allSatisfy(f -> assertThat(f.getFileName().toString()).matches(NAME));
        assertThat(all).hasSize(40);
    }

    @Test
    void the2023BaselineIsOneCleanConsolidatedCsvPerPhase() throws Exception {
        for (int phase : List.of(1, 2)) {
            // given
            List<Path> files = submissionFiles(2023, phase);

            // then
            assertThat(files).singleElement().satisfies(f -> {
                assertThat(f.getFileName().toString()).endsWith("_tong-hop-dot-" + phase + "-2023.csv");
                byte[] bytes = Files.readAllBytes(f);
                assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
                assertThat(TestFiles.semicolon(f)).isFalse();
                List<TestFiles.Sub> subs = TestFiles.submissions(f);
                assertThat(subs).hasSizeBetween(660, 700);
                assertThat(subs).allSatisfy(s -> {
                    assertThat(s.raw().get("year")).isEqualTo("2023");
                    assertThat(s.raw().get("phase")).isEqualTo(Integer.toString(phase));
                    s.raw().forEach((k, v) -> {
                        if (!k.startsWith("unit_")) {
                            assertThat(v).as(k).matches("\\d*");
                        }
                    });
                });
                assertThat(subs).extracting(TestFiles.Sub::unitCode).doesNotHaveDuplicates();
            });
        }
    }

    @Test
    void each2024PhaseHasOneFilePerFederationPlusTheDirectUnits() {
        for (int phase : List.of(1, 2)) {
            // given
            List<String> names = submissionFiles(2024, phase).stream().map(f -> f.getFileName().toString()).toList();

            // then
            for (String slug : List.of("ldld-thanh-pho-bac-kan", "ldld-ba-be", "ldld-bach-thong", "ldld-cho-don",
                    "ldld-cho-moi", "ldld-na-ri", "ldld-ngan-son", "ldld-pac-nam", "cd-vien-chuc-tinh",
                    "cd-nganh-giao-duc", "cd-nganh-y-te", "cdcs-truc-thuoc")) {
                assertThat(names).filteredOn(n -> n.matches(".*_" + slug + "\\.(csv|xlsx)")).as(slug).hasSize(1);
            }
            assertThat(names).hasSize(phase == 1 ? 13 : 12);
        }
    }

    @Test
    void formatsAreMixedAThirdEach() {
        // given the 24 regular 2024 files
        List<Path> files = java.util.stream.Stream.of(1, 2).flatMap(p -> submissionFiles(2024, p).stream())
                .filter(f -> !f.toString().contains("_bo-sung")).toList();

        // when
        Map<String, Long> kinds = files.stream().collect(Collectors.groupingBy(
                f -> f.toString().endsWith(".xlsx") ? "xlsx" : TestFiles.semicolon(f) ? "csv;" : "csv,", Collectors.counting()));

        // then
        assertThat(kinds).containsEntry("xlsx", 8L).containsEntry("csv;", 8L).containsEntry("csv,", 8L);
        assertThat(files).filteredOn(f -> f.toString().endsWith(".csv")).allSatisfy(f -> {
            String text = TestFiles.read(f);
            assertThat(text).startsWith("\uFEFF").contains("\r\n");
        });
        // Vietnamese numbers appear only in semicolon files
        assertThat(files).filteredOn(TestFiles::semicolon).anySatisfy(f -> assertThat(TestFiles.read(f)).containsPattern(";\\d{1,3}\\.\\d{3}\\.\\d{3};"));
    }

    @Test
    void everyHeaderResolvesAndEveryMetricIsReportedSomewhere() {
        // given
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> styles = new HashMap<>();

        // when
        for (int phase : List.of(1, 2)) {
            for (Path f : submissionFiles(2024, phase)) {
                List<String> keys = TestFiles.headerKeys(f);
                assertThat(keys).as(f.toString()).allSatisfy(k -> assertThat(k).isIn(k.equals("?STT") ? k : k.startsWith("?") ? null : k));
                assertThat(keys).as(f.toString()).contains("unit_code", "unit_name", "members");
                seen.addAll(keys);
                String header = TestFiles.rows(f).stream().filter(r -> r.stream().anyMatch(x -> "unit_code".equals(TestFiles.column(x))))
                        .findFirst().orElseThrow().toString();
                styles.merge(header.contains("unit_code") ? "code" : header.contains("So doan vien") ? "unaccented"
                        : header.contains("Tổng số đoàn viên") ? "alias" : "label", 1, Integer::sum);
            }
        }

        // then
        assertThat(seen).containsAll(ReferenceDataTest.METRIC_CODES).contains("year", "phase");
        assertThat(styles).containsKeys("code", "unaccented", "alias", "label");
    }

    @Test
    void yearAndPhaseColumnsMatchTheInbox() {
        for (int phase : List.of(1, 2)) {
            for (Path f : submissionFiles(2024, phase)) {
                for (TestFiles.Sub s : TestFiles.submissions(f)) {
                    if (s.raw().containsKey("year")) {
                        assertThat(s.raw().get("year")).isEqualTo("2024");
                        assertThat(s.raw().get("phase")).isEqualTo(Integer.toString(phase));
                    }
                }
            }
        }
    }

    @Test
    void xlsxReportsHaveTitleRowsMergedHeadingsTextNumbersAndFormulas() throws Exception {
        // given
        Path tp = Provincial.inbox(2024, 1).resolve("2024-08-07_ldld-thanh-pho-bac-kan.xlsx");
        Path cd = Provincial.inbox(2024, 1).resolve("2024-08-09_ldld-cho-don.xlsx");
        Path ns = Provincial.inbox(2024, 1).resolve("2024-08-06_ldld-ngan-son.xlsx");

        // then
        List<List<String>> rows = TestFiles.xlsx(tp);
        assertThat(rows.get(0)).first().isEqualTo("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ BẮC KẠN");
        assertThat(rows.get(1)).first().isEqualTo("BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA ĐỢT 1 NĂM 2024");
        try (InputStream in = Files.newInputStream(tp); var wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getNumMergedRegions()).isGreaterThan(3);
            var total = s.getRow(s.getLastRowNum());
            assertThat(TestFiles.text(total.getCell(2))).isEqualTo("Tổng cộng");
            var sum = total.getCell(3);
            assertThat(sum.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(sum.getCellFormula()).startsWith("SUM(D");
            long members = TestFiles.submissions(tp).stream().filter(x -> x.unitCode().split("\\.").length == 3)
                    .mapToLong(x -> x.value("members")).sum();
            assertThat((long) sum.getNumericCellValue()).isEqualTo(members);
        }
        try (InputStream in = Files.newInputStream(cd); var wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            int first = TestFiles.submissions(cd).get(0).line() - 1;
            assertThat(s.getRow(first).getCell(3).getCellType()).isEqualTo(CellType.STRING); // "45" typed as text
            assertThat(TestFiles.text(s.getRow(first).getCell(3))).matches("\\d+");
            assertThat(s.getRow(first + 12).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        try (InputStream in = Files.newInputStream(ns); var wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            long formulas = 0;
            for (var r : s) {
                for (var c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas++;
                        assertThat(c.getCellFormula()).matches("[A-Z]+\\d+\\*\\d+");
                    }
                }
            }
            assertThat(formulas).isGreaterThan(10);
        }
    }

    @Test
    void threeFilesArriveAfterTheDeadline() {
        // given
        List<String> late = new java.util.ArrayList<>();
        for (int phase : List.of(1, 2)) {
            LocalDate deadline = Phase.of(2024, phase).deadline();
            for (Path f : submissionFiles(2024, phase)) {
                if (LocalDate.parse(f.getFileName().toString().substring(0, 10)).isAfter(deadline)) {
                    late.add(f.getFileName().toString());
                }
            }
        }

        // then
        assertThat(late).containsExactlyInAnyOrder("2024-08-12_ldld-na-ri.csv", "2024-08-15_ldld-pac-nam.csv",
                "2025-01-14_ldld-cho-don.csv");
    }

    @Test
    void initiativeRegistersFollowTheContractAndDifferFromSubmissionsOnlyWherePlanted() {
        // given
        List<String> headers = List.of("Mã sáng kiến", "Mã đơn vị", "Tên sáng kiến", "Tác giả", "Lĩnh vực", "Ngày đăng ký",
                "Trạng thái", "Cấp công nhận", "Giá trị làm lợi (đồng)");
        List<String> gaps = new java.util.ArrayList<>();
        int registers = 0;

        for (int phase : List.of(1, 2)) {
            for (Path reg : TestFiles.files(Provincial.inbox(2024, phase))) {
                String name = reg.getFileName().toString();
                if (!name.contains("_sang-kien")) {
                    continue;
                }
                registers++;
                // when
                List<List<String>> rows = TestFiles.rows(reg);
                int h = 0;
                while (!rows.get(h).contains("Mã đơn vị")) {
                    h++;
                }
                assertThat(rows.get(h)).containsExactlyElementsOf(headers);
                Map<String, Long> perUnit = new HashMap<>();
                for (List<String> r : rows.subList(h + 1, rows.size())) {
                    assertThat(r.get(6)).isIn("Đăng ký", "Được công nhận", "Đã áp dụng");
                    assertThat(r.get(7)).isIn("", "Cơ sở", "Huyện", "Tỉnh", "Toàn quốc");
                    assertThat(r.get(6).equals("Đăng ký")).isEqualTo(r.get(7).isEmpty());
                    assertThat(r.get(8).isEmpty()).isEqualTo(!r.get(6).equals("Đã áp dụng"));
                    if (name.endsWith(".csv")) {
                        assertThat(r.get(5)).matches("\\d{2}/\\d{2}/2024");
                    }
                    perUnit.merge(r.get(1), 1L, Long::sum);
                }
                Path submission = TestFiles.files(Provincial.inbox(2024, phase)).stream()
                        .filter(f -> f.getFileName().toString().startsWith(name.substring(0, name.indexOf("_sang-kien")) + "."))
                        .findFirst().orElseThrow();
                for (TestFiles.Sub s : TestFiles.submissions(submission)) {
                    if (s.unitCode().split("\\.").length == 3 && !s.unitCode().equals("BK.BB.099")) {
                        long reported = s.value("initiatives_registered");
                        if (reported != perUnit.getOrDefault(s.unitCode(), 0L)) {
                            gaps.add(s.unitCode());
                        }
                    }
                }
            }
        }

        // then
        assertThat(registers).isEqualTo(13);
        assertThat(gaps).hasSize(4);
    }
}
