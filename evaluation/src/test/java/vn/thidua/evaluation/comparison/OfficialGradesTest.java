package vn.thidua.evaluation.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.warehouse.Grade;

class OfficialGradesTest {

    @TempDir
    Path dir;

    private final Map<String, UnitHistory> known = Map.of(
            "A", new UnitHistory("A", null, null), "B", new UnitHistory("B", null, null),
            "C", new UnitHistory("C", null, null), "D", new UnitHistory("D", null, null));

    @Test
    void grades_are_read_as_codes_or_vietnamese_names_in_any_case() throws IOException {
        // given
        Path file = write("""
                unit_code,grade
                A,xuat_sac
                B,Hoàn thành tốt nhiệm vụ
                C,HOÀN THÀNH NHIỆM VỤ
                D,khong hoan thanh nhiem vu
                """);

        // when
        Map<String, Grade> grades = OfficialGrades.read(file, known).orElseThrow();

        // then
        assertThat(grades).containsExactly(Map.entry("A", Grade.XUAT_SAC), Map.entry("B", Grade.TOT),
                Map.entry("C", Grade.HOAN_THANH), Map.entry("D", Grade.KHONG_HOAN_THANH));
    }

    @Test
    void no_file_means_no_official_grades() {
        assertThat(OfficialGrades.read(dir.resolve("absent.csv"), known)).isEmpty();
    }

    @Test
    void an_unknown_grade_stops_with_its_line() throws IOException {
        Path file = write("unit_code,grade\nA,tot\nB,giỏi\n");
        assertThatThrownBy(() -> OfficialGrades.read(file, known))
                .hasMessageContaining("dòng 3").hasMessageContaining("giỏi");
    }

    @Test
    void an_unknown_unit_or_a_unit_twice_stops_with_its_line() throws IOException {
        Path unknown = write("unit_code,grade\nZ,tot\n");
        assertThatThrownBy(() -> OfficialGrades.read(unknown, known)).hasMessageContaining("dòng 2").hasMessageContaining("'Z'");
        Path twice = write("unit_code,grade\nA,tot\nA,xuat_sac\n");
        assertThatThrownBy(() -> OfficialGrades.read(twice, known)).hasMessageContaining("dòng 3").hasMessageContaining("hai lần");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("official-grades-2023.csv");
        Files.writeString(file, text);
        return file;
    }
}
