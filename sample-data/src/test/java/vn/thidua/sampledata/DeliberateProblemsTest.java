package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The planted problems are in the 2024 inbox, found by reading the files, and 2023 has none. */
class DeliberateProblemsTest {
    private final Set<String> known = TestFiles.table(Provincial.dir().resolve("reference/org_units.csv")).stream()
            .map(u -> u.get("code")).collect(Collectors.toSet());

    private static List<TestFiles.Sub> all(int year) {
        List<TestFiles.Sub> subs = new ArrayList<>();
        for (int phase : List.of(1, 2)) {
            for (Path f : TestFiles.files(Provincial.inbox(year, phase))) {
                if (!f.toString().contains("_sang-kien")) {
                    subs.addAll(TestFiles.submissions(f));
                }
            }
        }
        return subs;
    }

    private static String file(TestFiles.Sub s) {
        return s.file().getFileName().toString();
    }

    @Test
    void anUnknownUnitCode() {
        assertThat(all(2024)).filteredOn(s -> !known.contains(s.unitCode()))
                .singleElement().satisfies(s -> {
                    assertThat(s.unitCode()).isEqualTo("BK.BB.099");
                    assertThat(file(s)).isEqualTo("2024-08-08_ldld-ba-be.csv");
                });
    }

    @Test
    void aDuplicatedRowInOneFile() {
        // when
        Map<String, List<TestFiles.Sub>> byFileAndUnit = all(2024).stream()
                .collect(Collectors.groupingBy(s -> file(s) + " " + s.unitCode()));

        // then
        assertThat(byFileAndUnit.values()).filteredOn(l -> l.size() > 1).singleElement().satisfies(l -> {
            assertThat(file(l.get(0))).isEqualTo("2024-08-09_cdcs-truc-thuoc.csv");
            assertThat(l.get(0).raw()).isEqualTo(l.get(1).raw());
        });
    }

    @Test
    void textWhereANumberShouldBeAndANegativeNumber() throws Exception {
        // when
        List<String> bad = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        for (TestFiles.Sub s : all(2024)) {
            s.raw().forEach((k, v) -> {
                if (!k.startsWith("unit_") && !v.isBlank()) {
                    String digits = TestFiles.semicolon(s.file()) ? v.replace(".", "") : v;
                    if (!digits.matches("-?\\d+")) {
                        bad.add(file(s) + " " + k + "=" + v);
                    } else if (digits.startsWith("-")) {
                        negative.add(file(s) + " " + k + "=" + v);
                    }
                }
            });
        }

        // then
        assertThat(bad).containsExactlyInAnyOrder("2024-08-02_cd-vien-chuc-tinh.csv members_admitted=12a",
                "2025-01-07_ldld-na-ri.xlsx hardship_support_recipients=không rõ");
        assertThat(negative).containsExactly("2025-01-09_ldld-ba-be.csv members_admitted=-5");
        Path nr = Provincial.inbox(2024, 2).resolve("2025-01-07_ldld-na-ri.xlsx");
        TestFiles.Sub row = TestFiles.submissions(nr).stream().filter(s -> s.raw().containsValue("không rõ")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(nr); var wb = WorkbookFactory.create(in)) {
            var cells = wb.getSheetAt(0).getRow(row.line() - 1);
            assertThat(cells).anySatisfy(c -> assertThat(c.getCellType() == CellType.STRING && c.getStringCellValue().equals("không rõ")).isTrue());
        }
    }

    @Test
    void crossFieldRulesAreBrokenExactlyWherePlanted() {
        // when
        List<String> broken = new ArrayList<>();
        for (TestFiles.Sub s : all(2024)) {
            check(s, "emulation_registered", "members", broken);
            check(s, "participants_good_creative_labour", "members", broken);
            check(s, "participants_good_advice_service", "members", broken);
            check(s, "participants_provincial_movements", "members", broken);
            check(s, "initiatives_recognized", "initiatives_registered", broken);
            check(s, "initiatives_applied", "initiatives_recognized", broken);
        }
        List<String> baseline = new ArrayList<>();
        all(2023).forEach(s -> check(s, "emulation_registered", "members", baseline));

        // then
        assertThat(broken).containsExactlyInAnyOrder(
                "2024-08-08_cd-nganh-giao-duc.xlsx emulation_registered>members",
                "2025-01-09_cd-nganh-y-te.csv initiatives_applied>initiatives_recognized");
        assertThat(baseline).isEmpty();
    }

    private static void check(TestFiles.Sub s, String left, String right, List<String> broken) {
        try {
            Long l = s.value(left);
            Long r = s.value(right);
            if (l != null && r != null && l > r) {
                broken.add(file(s) + " " + left + ">" + right);
            }
        } catch (NumberFormatException e) {
            // "12a" is another problem
        }
    }

    @Test
    void blankTrailingRows() {
        // given
        List<List<String>> cm = TestFiles.csv(Provincial.inbox(2024, 1).resolve("2024-08-10_ldld-cho-moi.csv"));
        List<List<String>> nr = TestFiles.xlsx(Provincial.inbox(2024, 2).resolve("2025-01-07_ldld-na-ri.xlsx"));

        // then
        assertThat(cm.subList(cm.size() - 2, cm.size())).allSatisfy(r -> assertThat(String.join("", r)).isEmpty());
        assertThat(String.join("", cm.get(cm.size() - 3))).isNotEmpty();
        assertThat(nr.subList(nr.size() - 3, nr.size())).allSatisfy(r -> assertThat(String.join("", r)).isEmpty());
    }

    @Test
    void aCorrectedResubmissionForBachThong() {
        // given
        Path dir = Provincial.inbox(2024, 1);
        Map<String, TestFiles.Sub> original = TestFiles.submissions(dir.resolve("2024-08-05_ldld-bach-thong.csv")).stream()
                .collect(Collectors.toMap(TestFiles.Sub::unitCode, s -> s));
        List<TestFiles.Sub> fix = TestFiles.submissions(dir.resolve("2024-08-09_ldld-bach-thong_bo-sung.csv"));

        // then: 3 corrected, 4 repeated unchanged, 1 added; sent later but before the deadline
        assertThat(fix).hasSize(8).allSatisfy(s -> assertThat(s.unitCode()).startsWith("BK.BT."));
        assertThat(fix).filteredOn(s -> !original.containsKey(s.unitCode())).hasSize(1);
        assertThat(fix).filteredOn(s -> original.containsKey(s.unitCode()) && original.get(s.unitCode()).raw().equals(s.raw()))
                .hasSize(4);
        assertThat(fix).filteredOn(s -> original.containsKey(s.unitCode()) && !original.get(s.unitCode()).raw().equals(s.raw()))
                .hasSize(3);
    }

    @Test
    void someUnitsDoNotReportAndSomeLeaveCellsBlank() {
        // given
        long open2024p1 = TestFiles.table(Provincial.dir().resolve("reference/org_units.csv")).stream()
                .filter(u -> u.get("level").equals("3"))
                .filter(u -> u.get("opened_on").compareTo("2024-07-31") <= 0
                        && (u.get("closed_on").isEmpty() || u.get("closed_on").compareTo("2024-01-01") >= 0))
                .count();
        Set<String> reporting = all(2024).stream().filter(s -> s.file().toString().contains("phase-1"))
                .filter(s -> s.unitCode().split("\\.").length == 3 && known.contains(s.unitCode()))
                .map(TestFiles.Sub::unitCode).collect(Collectors.toSet());

        // then
        assertThat(open2024p1 - reporting.size()).isBetween(5L, 20L);
        assertThat(all(2024)).filteredOn(s -> s.unitCode().split("\\.").length == 3)
                .filteredOn(s -> s.raw().entrySet().stream().anyMatch(e -> !e.getKey().startsWith("unit_")
                        && !Set.of("unions_founded", "unions_dissolved", "cadres_trained").contains(e.getKey())
                        && e.getValue().isBlank()))
                .hasSize(3);
    }
}
