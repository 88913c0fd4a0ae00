package vn.thidua.forms.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.forms.Fixture;
import vn.thidua.forms.roster.Federation;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.FileImporter;
import vn.thidua.intake.InboxFile;
import vn.thidua.intake.Initiative;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.PreviousFigures;
import vn.thidua.intake.UnitFigures;
import vn.thidua.intake.problem.ProblemCode;

/**
 * Generate a template, fill it as a clerk would (POI for the workbook, text for the CSV), read it with the
 * intake exactly as the ingest job does: no problem at all, and every figure exact. A template of another
 * catalogue version loads when its columns still exist and is refused, naming both versions, when not.
 */
class RoundTripTest {

    private final PhaseForms forms = Fixture.forms(Fixture.PHASE_1);
    private final Federation babe = forms.roster().federation("BK.BB", Fixture.PHASE_1).orElseThrow();

    @TempDir
    Path dir;

    /** Valid figures for a unit, different per unit, within every bound and rule of the catalogue. */
    private Map<String, BigDecimal> figures(int n) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (IntakeCatalogue.Metric metric : forms.catalogue().metrics()) {
            long base = switch (metric.code()) {
                case "members" -> 1200 + n;
                case "workers" -> 30 + n;
                case "initiatives_registered" -> 9;
                case "initiatives_recognized" -> 5;
                case "initiatives_applied" -> 3;
                case "unions_founded", "unions_dissolved" -> 0;
                default -> 10 + n;
            };
            values.put(metric.code(), metric.integral() ? BigDecimal.valueOf(base)
                    : new BigDecimal(base * 1_000_000 + ".5"));
        }
        return values;
    }

    private Path filledWorkbook(PhaseForms with, List<String> blankUnits) throws IOException {
        List<IntakeCatalogue.Metric> metrics = with.catalogue().metrics();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SubmissionTemplate.xlsx(with, babe)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = SubmissionTemplate.FIRST_DATA_ROW - 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                if (code.isEmpty() || code.equals("BK.BB") || blankUnits.contains(code)) {
                    continue;
                }
                Map<String, BigDecimal> values = figures(r);
                for (int m = 0; m < metrics.size(); m++) {
                    row.getCell(m + 2).setCellValue(values.get(metrics.get(m).code()).doubleValue());
                }
            }
            Path file = dir.resolve("2024-08-05_" + with.fileName(babe, false, "xlsx"));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static FileImport read(Path file, IntakeCatalogue catalogue, InboxFile.Kind kind) {
        InboxFile inbox = new InboxFile(file, 2024, 1, LocalDate.of(2024, 8, 5), null, kind);
        return new FileImporter(catalogue, PreviousFigures.NONE).read(inbox, "sha");
    }

    @Test
    void aFilledWorkbookLoadsWithoutAProblemAndExactFigures() throws IOException {
        Path file = filledWorkbook(forms, List.of("BK.BB.007"));
        FileImport read = read(file, forms.catalogue(), InboxFile.Kind.SUBMISSION);

        assertThat(read.problems()).isEmpty();
        assertThat(read.refused()).isFalse();
        // the unit left blank has not reported, the federation's own blank row neither
        assertThat(read.rows()).extracting(UnitFigures::unitCode)
                .containsExactly("BK.BB.001", "BK.BB.002", "BK.BB.003", "BK.BB.006", "BK.BB.008");
        assertThat(read.rowsRead()).isEqualTo(5);
        for (UnitFigures row : read.rows()) {
            Map<String, BigDecimal> expected = figures((int) row.line() - 1);
            assertThat(row.figures()).hasSize(expected.size());
            expected.forEach((code, value) -> assertThat(row.figures().get(code)).as(row.unitCode() + " " + code)
                    .isEqualByComparingTo(value));
        }
        assertThat(read.metricColumns()).hasSize(forms.catalogue().metrics().size());
    }

    @Test
    void aFilledCsvLoadsWithoutAProblem() throws IOException {
        String template = new String(CsvTemplate.submission(forms, babe), StandardCharsets.UTF_8);
        StringBuilder filled = new StringBuilder();
        int n = 0;
        for (String line : template.split("\r\n")) {
            if (line.startsWith("BK.BB.00")) {
                Map<String, BigDecimal> values = figures(++n);
                String numbers = String.join(",", forms.catalogue().metrics().stream()
                        .map(m -> values.get(m.code()).toPlainString()).toList());
                line = line.substring(0, line.length() - forms.catalogue().metrics().size()) + "," + numbers;
            }
            filled.append(line).append("\r\n");
        }
        Path file = dir.resolve("2024-08-05_mau.csv");
        Files.writeString(file, filled, StandardCharsets.UTF_8);
        FileImport read = read(file, forms.catalogue(), InboxFile.Kind.SUBMISSION);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(6);
        assertThat(read.rows().get(0).figures().get("members")).isEqualByComparingTo("1201");
        assertThat(read.rows().get(0).figures().get("tet_support_vnd")).isEqualByComparingTo("11000000.5");
    }

    @Test
    void aFilledRegisterLoadsWithoutAProblem() throws IOException {
        Path file = dir.resolve("2024-08-05_" + forms.fileName(babe, true, "xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RegisterTemplate.xlsx(forms, babe)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            fill(sheet.getRow(RegisterTemplate.HEADER_ROW), "SK-BB-01", "BK.BB.001", "Số hoá hồ sơ đoàn viên",
                    "Hoàng Thị Lan", "Chuyển đổi số", "15/03/2024", "Đã áp dụng", "Huyện", null);
            sheet.getRow(RegisterTemplate.HEADER_ROW).getCell(8).setCellValue(12_500_000);
            fill(sheet.getRow(RegisterTemplate.HEADER_ROW + 1), "SK-BB-02", "BK.BB.002", "=Cải tiến ca làm việc",
                    "Nông Văn Tú", "", "02/05/2024", "Đăng ký", "", null);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        FileImport read = read(file, forms.catalogue(), InboxFile.Kind.INITIATIVES);

        assertThat(read.problems()).isEmpty();
        assertThat(read.initiatives()).hasSize(2);
        Initiative first = read.initiatives().get(0);
        assertThat(first.id()).isEqualTo("SK-BB-01");
        assertThat(first.registeredOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(first.status()).isEqualTo("applied");
        assertThat(first.benefitVnd()).isEqualByComparingTo("12500000");
        assertThat(read.initiatives().get(1).title()).isEqualTo("=Cải tiến ca làm việc");

        Path csv = dir.resolve("2024-08-05_x_sang-kien.csv");
        Files.writeString(csv, new String(CsvTemplate.register(forms, babe), StandardCharsets.UTF_8)
                + "SK-BB-03,BK.BB.003,Tiết kiệm điện,Lý Văn Hà,,20/06/2024,Được công nhận,Cơ sở,3000000\r\n");
        FileImport fromCsv = read(csv, forms.catalogue(), InboxFile.Kind.INITIATIVES);
        assertThat(fromCsv.problems()).isEmpty();
        assertThat(fromCsv.initiatives()).extracting(Initiative::id).containsExactly("SK-BB-03");
    }

    @Test
    void aTemplateOfAnOlderCatalogueLoadsWhenItsColumnsStillExist() throws IOException {
        Path file = filledWorkbook(forms, List.of());
        FileImport read = read(file, Fixture.catalogue(Fixture.PHASE_1, "2024.4"), InboxFile.Kind.SUBMISSION);

        assertThat(read.refused()).isFalse();
        assertThat(read.rows()).hasSize(6);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.OLD_TEMPLATE);
            assertThat(p.isWarning()).isTrue();
            assertThat(p.message()).contains("phiên bản 2024.3", "danh mục hiện hành là phiên bản 2024.4");
        });
    }

    @Test
    void aTemplateWithAColumnTheCatalogueDroppedIsRefusedNamingBothVersions() throws IOException {
        Path file = filledWorkbook(forms, List.of());
        IntakeCatalogue full = Fixture.catalogue(Fixture.PHASE_1, "2025.1");
        IntakeCatalogue withoutShelters = IntakeCatalogue.of(full.phase(), full.metrics().stream()
                .filter(m -> !m.code().equals("union_shelters")).toList(), full.rules(), full.units()).withVersion("2025.1");
        FileImport read = read(file, withoutShelters, InboxFile.Kind.SUBMISSION);

        assertThat(read.refused()).isTrue();
        assertThat(read.refusal().code()).isEqualTo(ProblemCode.TEMPLATE_VERSION);
        assertThat(read.refusal().message()).contains("phiên bản 2024.3", "phiên bản 2025.1", "“Số nhà Mái ấm Công đoàn”");
        assertThat(read.rows()).isEmpty();
    }

    private static void fill(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.getCell(c).setCellValue(values[c]);
            }
        }
    }
}
