package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another reporting year is the bundled set moved in time: same files, rows and figures, dates a year on. */
class ReportingYearTest {
    private static final int YEAR = 2025;
    /** ISO date, dd/MM/yyyy date, or a year standing alone ("năm 2024", "TP-2024-1-0001", "inbox/2024/"). */
    private static final Pattern DATE_OR_YEAR =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})|(\\d{2}/\\d{2}/\\d{4})|(?<!\\d)(20\\d{2})(?!\\d)");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    @TempDir
    static Path later;
    private static ProvincialGenerator.Result result;

    @BeforeAll
    static void generate() {
        result = ProvincialGenerator.run(later, SampleDataGenerator.DEFAULT_SEED, new Years(YEAR));
    }

    @Test
    void phasesAndTargetsAreThoseOfTheBaselineAndTheReportingYear() {
        // when
        List<Map<String, String>> phases = TestFiles.table(later.resolve("reference/phases.csv"));
        List<Map<String, String>> targets = TestFiles.table(later.resolve("reference/targets.csv"));

        // then
        assertThat(phases).extracting(p -> p.get("year") + "/" + p.get("phase") + " " + p.get("name") + " " + p.get("deadline"))
                .containsExactly("2024/1 Đợt 1 năm 2024 2024-08-10", "2024/2 Đợt 2 năm 2024 2025-01-10",
                        "2025/1 Đợt 1 năm 2025 2025-08-10", "2025/2 Đợt 2 năm 2025 2026-01-10");
        assertThat(targets).extracting(t -> t.get("year")).containsOnly("2024", "2025");
    }

    @Test
    void inboxHasAFolderPerYearAndFilesDatedInTheReportingYearAndTheNext() throws IOException {
        // when
        List<String> years;
        try (var s = Files.list(later.resolve("inbox"))) {
            years = s.map(p -> p.getFileName().toString()).sorted().toList();
        }

        // then
        assertThat(years).containsExactly("2024", "2025");
        assertThat(names("inbox/2024/phase-1")).containsExactly("2024-08-10_tong-hop-dot-1-2024.csv");
        assertThat(names("inbox/2024/phase-2")).containsExactly("2025-01-10_tong-hop-dot-2-2024.csv");
        assertThat(names("inbox/2025/phase-1")).hasSize(19).allSatisfy(n -> assertThat(n).startsWith("2025-08-"));
        assertThat(names("inbox/2025/phase-2")).hasSize(19).allSatisfy(n -> assertThat(n).startsWith("2026-01-"));
    }

    @Test
    void sameFilesRowsAndFiguresAsTheDefaultYear() {
        // given
        ProvincialGenerator.Result bundled = Provincial.result();

        // then the counts
        var s = result.summary();
        var d = bundled.summary();
        assertThat(s.year()).isEqualTo(YEAR);
        assertThat(List.of(s.orgUnits(), s.submissionFiles(), s.submissionRows(), s.initiatives(), s.members()))
                .isEqualTo(List.of(d.orgUnits(), d.submissionFiles(), d.submissionRows(), d.initiatives(), d.members()));
        // and the planted problems at the same lines of the moved files, with moved dates in their messages
        assertThat(result.problems()).extracting(p -> p.kind() + " " + p.location() + " " + p.detail().get())
                .containsExactlyElementsOf(bundled.problems().stream()
                        .map(p -> p.kind() + " " + moved(p.location()) + " " + moved(p.detail().get())).toList());
    }

    @Test
    void eachYearNamesItsOwnMovementAndOnlyARoundAnniversary() {
        List<List<String>> movements = TestFiles.rows(later.resolve("reference/movements.csv"));
        assertThat(movements).extracting(r -> r.get(0)).containsExactly("year", "2024", "2025");
        assertThat(movements.get(1).get(3)).contains("kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)");
        assertThat(movements.get(2).get(1)).isEqualTo("Phong trào thi đua yêu nước năm 2025");
        assertThat(movements.get(2).get(3)).isEqualTo("Tổng kết phong trào thi đua yêu nước năm 2025")
                .as("2025 is the 96th year: no round anniversary, never '95 năm'").doesNotContain("95 năm");
    }

    @Test
    void everyCellIsTheDefaultSetsWithItsDatesMovedAYear() {
        // given
        Path bundled = Provincial.dir();

        // then file by file, the same rows and cells, dates and years one year on (29/02/2024 → 28/02/2025)
        List<Path> files = TestFiles.files(bundled).stream().map(bundled::relativize).toList();
        assertThat(TestFiles.files(later).stream().map(later::relativize).map(Path::toString))
                .containsExactlyInAnyOrderElementsOf(files.stream().map(p -> moved(p.toString())).toList());
        int movedCells = 0;
        for (Path f : files) {
            if (f.endsWith("movements.csv")) {
                continue; // each year's own movement: checked below
            }
            List<List<String>> a = TestFiles.rows(bundled.resolve(f));
            List<List<String>> b = TestFiles.rows(later.resolve(moved(f.toString())));
            assertThat(b).as(f.toString()).hasSameSizeAs(a);
            for (int r = 0; r < a.size(); r++) {
                assertThat(b.get(r)).as(f + " row " + (r + 1)).hasSameSizeAs(a.get(r));
                for (int c = 0; c < a.get(r).size(); c++) {
                    String x = a.get(r).get(c);
                    String y = b.get(r).get(c);
                    if (!x.equals(y)) {
                        assertThat(y).as(f + " row " + (r + 1) + " cell " + (c + 1)).isEqualTo(movedCell(x, y));
                        movedCells++;
                    }
                }
            }
        }
        assertThat(movedCells).isGreaterThan(5_000);
    }

    @Test
    void anotherYearIsDeterministicToo(@TempDir Path again) throws IOException {
        // when generated again through the public API
        SampleDataGenerator.Summary s = SampleDataGenerator.generate(SampleDataGenerator.Scale.PROVINCIAL, again,
                SampleDataGenerator.DEFAULT_SEED, YEAR);

        // then byte for byte, XLSX included
        assertThat(s).isEqualTo(result.summary());
        List<Path> files = TestFiles.files(later).stream().map(later::relativize).toList();
        assertThat(TestFiles.files(again).stream().map(again::relativize).toList()).isEqualTo(files);
        for (Path p : files) {
            assertThat(Files.readAllBytes(again.resolve(p))).as(p.toString()).isEqualTo(Files.readAllBytes(later.resolve(p)));
        }
    }

    @Test
    void anImplausibleYearIsRefused(@TempDir Path out) {
        assertThatThrownBy(() -> SampleDataGenerator.generate(SampleDataGenerator.Scale.PROVINCIAL, out, 1, 24))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24");
    }

    /** A text of the default set as it reads one year later: dates a year on (plusYears clamps 29/02), years + 1. */
    private static String moved(String s) {
        return DATE_OR_YEAR.matcher(s).replaceAll(m -> m.group(1) != null ? LocalDate.parse(m.group(1)).plusYears(1).toString()
                : m.group(2) != null ? LocalDate.parse(m.group(2), DMY).plusYears(1).format(DMY)
                : Integer.toString(Integer.parseInt(m.group(3)) + 1));
    }

    /** A moved text cell, or an XLSX date cell (a day number since 1899-12-30) a year on. */
    private static String movedCell(String x, String y) {
        if (x.matches("\\d{5}") && y.matches("\\d{5}")) {
            LocalDate day = EXCEL_EPOCH.plusDays(Long.parseLong(x)).plusYears(1);
            return Long.toString(day.toEpochDay() - EXCEL_EPOCH.toEpochDay());
        }
        return moved(x);
    }

    private static List<String> names(String dir) {
        return TestFiles.files(later.resolve(dir)).stream().map(p -> p.getFileName().toString()).toList();
    }
}
