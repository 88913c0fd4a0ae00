package vn.thidua.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.intake.SampleCatalogue;
import vn.thidua.intake.UnitFigures;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.intake.sheet.SheetSources;

/** Submission files read without Spring or a database: each bad row refused clearly, every good row kept. */
class SubmissionReaderTest {

    @TempDir
    Path dir;

    private final SubmissionReader reader = new SubmissionReader(SampleCatalogue.of(2024, 1));

    @Test
    void eachKindOfBadRowIsRefusedInPlainVietnameseAndTheGoodRowsStay() throws Exception {
        // given
        Path file = csv("hang-loi.csv", "Mã đơn vị,Tên đơn vị,members,workers,emulation_registered,initiatives_registered,"
                + "initiatives_recognized,initiatives_applied\n"
                + "BK.TP.001,Đơn vị tốt,50,5,40,3,2,1\n"        // 2 valid
                + "BK.XX.999,Không có,50,5,40,3,2,1\n"          // 3 unknown unit
                + "BK.BT.056,Đã giải thể,50,5,40,3,2,1\n"       // 4 closed before the phase
                + "BK.TP.002,Đơn vị tốt 2,30,2,20,1,1,0\n"      // 5 valid
                + "BK.TP.002,Lặp lại,31,2,20,1,1,0\n"           // 6 duplicate unit
                + "BK.TP.003,,12a,2,20,1,1,0\n"                 // 7 not a number
                + "BK.TP.004,,-5,2,20,1,1,0\n"                  // 8 negative
                + "BK.TP.005,,50,2,80,1,1,0\n"                  // 9 registered above members
                + "BK.TP.006,,50,2,20,2,2,5\n"                  // 10 applied above recognised
                + "BK.TP.007,,999999999,2,10,1,1,0\n"           // 11 out of bounds
                + ",Tổng cộng,500,,,,,\n"                        // 12 total row, skipped
                + ",,,,,,,\n\n");                                // blank rows
        // when
        Submission read = reader.read(SheetSources.open(file));
        // then
        assertThat(read.rows()).extracting(UnitFigures::unitCode).containsExactly("BK.TP.001", "BK.TP.002");
        assertThat(read.rowsRead()).as("data rows, the total row and blank rows not counted").isEqualTo(10);
        Map<Long, String> codes = read.problems().stream()
                .collect(Collectors.toMap(Problem::line, Problem::storedCode, (a, b) -> a + "+" + b));
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of(3L, "UNKNOWN_UNIT", 4L, "UNIT_CLOSED", 6L, "DUPLICATE_UNIT",
                7L, "NOT_A_NUMBER", 8L, "NEGATIVE", 9L, "RULE_emulation_le_members", 10L, "RULE_applied_le_recognized",
                11L, "OUT_OF_BOUNDS", 12L, "TOTAL_ROW"));
        assertThat(message(read, 9)).isEqualTo("Số đoàn viên đăng ký thi đua (80) lớn hơn số đoàn viên (50).");
        assertThat(message(read, 8)).isEqualTo("Số đoàn viên không được âm: ô ghi “-5”, đọc là -5.");
        assertThat(message(read, 11)).isEqualTo("Số đoàn viên phải từ 0 đến 100.000: ô ghi “999999999”, đọc là 999.999.999.");
        assertThat(message(read, 7)).isEqualTo("Ô C7 (cột members) ghi “12a”, không phải là số.");
        assertThat(message(read, 4)).isEqualTo("Đơn vị BK.BT.056 (Công đoàn cơ sở Công ty TNHH MTV Thương mại và Dịch vụ Ba Bể Xanh) đã giải thể ngày"
                + " 15/05/2023, trước đợt 1 (01/01/2024 – 31/07/2024), nên không báo cáo trong đợt này.");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("RULE_").doesNotContain("not a number").doesNotContain("\"\"").endsWith("."));
    }

    @Test
    void personsTypedWithADecimalPartAreRefusedSayingWhatWasRead() throws Exception {
        Path file = csv("le.csv", "Mã đơn vị,Số đoàn viên\nBK.TP.001,12.5\n");
        Submission read = reader.read(SheetSources.open(file));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.NOT_INTEGER);
            assertThat(p.cell()).isEqualTo("B2");
            assertThat(p.message()).isEqualTo("Số đoàn viên phải là số nguyên: ô ghi “12.5”, đọc là 12,5.");
        });
    }

    @Test
    void aRuleOverASumNamesEachPart() throws Exception {
        Path file = csv("tet.csv", "Mã đơn vị,members,workers,tet_support_recipients\nBK.TP.001,40,5,60\n");
        Submission read = reader.read(SheetSources.open(file));
        assertThat(read.problems()).singleElement().extracting(Problem::message).isEqualTo("Số đoàn viên, người lao động"
                + " được hỗ trợ Tết (60) lớn hơn tổng của số đoàn viên và số người lao động chưa là đoàn viên (45).");
    }

    @Test
    void aFileForAnotherPhaseIsRefusedWhole() throws Exception {
        Path file = csv("dot-sai.csv", "Mã đơn vị,Đợt,members\nBK.TP.001,2,40\n");
        assertThatThrownBy(() -> reader.read(SheetSources.open(file))).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.WRONG_PERIOD));
    }

    @Test
    void aHeaderUnderTitleRowsAndMergedGroupsIsFound() throws Exception {
        Path file = csv("tieu-de.csv", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN BA BỂ,,\nBÁO CÁO ĐỢT 1 NĂM 2024,,\n,,\n"
                + "STT,Mã đơn vị,Đoàn viên, người lao động\n,,Số đoàn viên\n1,BK.TP.001,40\n");
        Submission read = reader.read(SheetSources.open(file));
        assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.figures().get("members")).isEqualByComparingTo("40"));
    }

    private static String message(Submission read, long line) {
        return read.problems().stream().filter(p -> p.line() == line).map(Problem::message).findFirst().orElseThrow();
    }

    private Path csv(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
