package vn.thidua.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.intake.number.NumberStyle;
import vn.thidua.intake.problem.ProblemCode;

/**
 * Files made by a real office suite (LibreOffice 7.4, see src/test/resources/office/README.md) the ways a
 * clerk saves a spreadsheet: each loads exactly the figures the clerk sees, money and persons alike, or is
 * refused with a message that says what to do.
 */
class OfficeFilesTest {

    private static final Path OFFICE = Path.of("src/test/resources/office");
    private static final Map<String, List<String>> EXPECTED = Map.of(
            // members, emulation_registered, initiatives_registered, tet_support_vnd, hardship_support_recipients
            "BK.TP.001", List.of("1240", "1100", "3", "500000", "2"),
            "BK.TP.002", List.of("12", "10", "0", "12500000", "0"),
            "BK.TP.003", List.of("35", "30", "1", "1234567", "1"));
    private static final List<String> METRICS = List.of("members", "emulation_registered", "initiatives_registered",
            "tet_support_vnd", "hardship_support_recipients");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unicode-text-vn.txt,          VIETNAMESE",
            "unicode-text-plain.txt,       WHOLE_NUMBERS_ONLY",
            "csv-utf8-vn.csv,              VIETNAMESE",
            "csv-utf8-plain.csv,           WHOLE_NUMBERS_ONLY",
            "csv-1258-comma-vn.csv,        VIETNAMESE",
            "csv-1258-comma-plain.csv,     WHOLE_NUMBERS_ONLY",
            "csv-1258-semicolon-vn.csv,    VIETNAMESE",
            "csv-1258-semicolon-plain.csv, WHOLE_NUMBERS_ONLY",
            "xlsx-vn.xlsx,                 WHOLE_NUMBERS_ONLY"})
    void eachOfficeFormatLoadsExactlyTheFiguresTheClerkSees(String fixture, NumberStyle style) {
        // when
        FileImport read = read(OFFICE.resolve(fixture));
        // then
        assertThat(read.refusal()).isNull();
        assertThat(read.problems()).isEmpty();
        assertThat(read.numberStyle()).isEqualTo(style);
        assertThat(figures(read)).isEqualTo(EXPECTED);
    }

    @Test
    void aLibreOfficeSpreadsheetIsRefusedWithHowToSaveItAsXlsx() {
        FileImport read = read(OFFICE.resolve("ods-vn.ods"));
        assertThat(read.refusal().code()).isEqualTo(ProblemCode.UNSUPPORTED_TYPE);
        assertThat(read.refusal().message()).contains("Lưu thành").contains("Excel 2007-365 (.xlsx)");
    }

    @Test
    void moneyGroupedTheVietnameseWayBesideADecimalPointNumberIsRefusedWithBothReadings() throws IOException {
        // given the "CSV UTF-8" file, edited as a clerk with an English-format column would: 1,234,567 and 500.000
        Path file = edited("csv-utf8-plain.csv", StandardCharsets.UTF_8, Map.of("1234567", "\"1,234,567\"", "500000", "500.000"));
        // when
        FileImport read = read(file);
        // then nothing loads and the message names the cell and both of its readings
        assertThat(read.rows()).isEmpty();
        assertThat(read.refusal().code()).isEqualTo(ProblemCode.NUMBER_STYLES_MIXED);
        assertThat(read.refusal().message())
                .contains("ô F2 (cột Số tiền hỗ trợ Tết (đồng)) ghi “500.000”")
                .contains("ô F4 (cột Số tiền hỗ trợ Tết (đồng)) ghi “1,234,567”")
                .contains("có thể là 500000 (nếu dấu chấm ngăn cách hàng nghìn) hoặc 500 (nếu dấu chấm là dấu thập phân)");
    }

    @Test
    void personsWithADecimalPointBesideVietnameseGroupingAreRefused() throws IOException {
        // given the "Unicode Text" file with one figure typed 12.5 among 1.240 and 500.000
        Path file = edited("unicode-text-vn.txt", StandardCharsets.UTF_16LE, Map.of("\t35\t", "\t12.5\t"));
        FileImport read = read(file);
        assertThat(read.refusal().code()).isEqualTo(ProblemCode.NUMBER_STYLES_MIXED);
        assertThat(read.refusal().message()).contains("ô C2 (cột Số đoàn viên) ghi “1.240”")
                .contains("ô C4 (cột Số đoàn viên) ghi “12.5”")
                .contains("có thể là 1240 (nếu dấu chấm ngăn cách hàng nghìn) hoặc 1,24 (nếu dấu chấm là dấu thập phân)");
    }

    @Test
    void aNumberThatReadsTwoWaysInAFileOfWholeNumbersIsRefused() throws IOException {
        // given the Windows-1258 file with one amount typed 12,500 and no other separator anywhere
        Path file = edited("csv-1258-semicolon-plain.csv", Charset.forName("windows-1258"), Map.of("12500000", "12,500"));
        FileImport read = read(file);
        assertThat(read.refusal().code()).isEqualTo(ProblemCode.AMBIGUOUS_NUMBER);
        assertThat(read.refusal().message()).startsWith("Ô F3 (cột Số tiền hỗ trợ Tết (đồng)) ghi “12,500”: có thể là 12500"
                + " (nếu dấu phẩy ngăn cách hàng nghìn) hoặc 12,5 (nếu dấu phẩy là dấu thập phân).");
    }

    @Test
    void theSameAmountReadsTheVietnameseWayOnceAnotherCellShowsTheStyle() throws IOException {
        // given 12,500 beside 1.240: a Vietnamese file, so 12,500 is twelve and a half
        Path file = edited("csv-utf8-vn.csv", StandardCharsets.UTF_8, Map.of("12.500.000", "\"12,500\""));
        FileImport read = read(file);
        assertThat(read.refusal()).isNull();
        assertThat(figures(read).get("BK.TP.002").get(3)).isEqualTo("12.5");
    }

    private Path edited(String fixture, Charset charset, Map<String, String> replacements) throws IOException {
        byte[] bytes = Files.readAllBytes(OFFICE.resolve(fixture));
        int bom = charset == StandardCharsets.UTF_16LE ? 2 : charset == StandardCharsets.UTF_8 ? 3 : 0;
        String text = new String(bytes, bom, bytes.length - bom, charset);
        for (Map.Entry<String, String> r : new TreeMap<>(replacements).entrySet()) {
            assertThat(text).contains(r.getKey());
            text = text.replaceFirst(java.util.regex.Pattern.quote(r.getKey()), r.getValue());
        }
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[bom + body.length];
        System.arraycopy(bytes, 0, out, 0, bom);
        System.arraycopy(body, 0, out, bom, body.length);
        return Files.write(dir.resolve(fixture), out);
    }

    static FileImport read(Path file) {
        InboxFile inbox = new InboxFile(file, 2024, 1, LocalDate.of(2024, 8, 1), null, InboxFile.Kind.SUBMISSION);
        return new FileImporter(SampleCatalogue.of(2024, 1), PreviousFigures.NONE).read(inbox, "sha");
    }

    private static Map<String, List<String>> figures(FileImport read) {
        Map<String, List<String>> figures = new TreeMap<>();
        for (UnitFigures row : read.rows()) {
            figures.put(row.unitCode(), METRICS.stream().map(m -> row.figures().get(m))
                    .map(v -> v == null ? null : v.stripTrailingZeros().toPlainString()).toList());
        }
        return figures;
    }

    static BigDecimal value(FileImport read, String unit, String metric) {
        return read.rows().stream().filter(r -> r.unitCode().equals(unit)).findFirst().orElseThrow().figures().get(metric);
    }
}
