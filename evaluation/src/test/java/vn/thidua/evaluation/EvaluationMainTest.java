package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class EvaluationMainTest {

    @TempDir
    Path dir;

    @Test
    void the_data_directory_gives_the_usual_files_and_options_override_them() {
        // when
        EvaluationRequest r = EvaluationMain.parse("--warehouse", "var/warehouse", "--data", "sample-data", "--year", "2024",
                "--adjustments", "phuc-tra.csv", "--out", "out");

        // then
        assertThat(r.snapshot()).isEqualTo(Path.of("var/warehouse"));
        assertThat(r.rubric()).isEqualTo(Path.of("sample-data/evaluation/rubric-2024.yaml"));
        assertThat(r.exclusions()).isEqualTo(Path.of("sample-data/evaluation/exclusions.csv"));
        assertThat(r.officialGrades()).isEqualTo(Path.of("sample-data/evaluation/official-grades-2023.csv"));
        assertThat(r.adjustments()).isEqualTo(Path.of("phuc-tra.csv"));
        assertThat(r.outputDir()).isEqualTo(Path.of("out"));
    }

    @Test
    void a_rubric_alone_is_enough_without_a_data_directory() {
        // when
        EvaluationRequest r = EvaluationMain.parse("--snapshot", "s", "--rubric", "r.yaml", "--year", "2025");

        // then
        assertThat(r.snapshot()).isEqualTo(Path.of("s"));
        assertThat(r.rubric()).isEqualTo(Path.of("r.yaml"));
        assertThat(r.exclusions()).isNull();
        assertThat(r.outputDir()).isNull();
    }

    @Test
    void a_missing_input_or_unknown_option_is_a_usage_error() {
        assertThatThrownBy(() -> EvaluationMain.parse("--data", "sample-data"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("cần --warehouse");
        assertThatThrownBy(() -> EvaluationMain.parse("--warehouse", "w", "--data", "d", "--colour", "x"))
                .hasMessageContaining("--colour");
        // the founding dates come from the snapshot now: the reference catalogue is no input any more
        assertThatThrownBy(() -> EvaluationMain.parse("--warehouse", "w", "--data", "d", "--org-units", "o.csv"))
                .hasMessageContaining("--org-units");
        assertThatThrownBy(() -> EvaluationMain.parse("--warehouse", "w", "--data", "d", "--year", "24x"))
                .hasMessageContaining("24x");
    }

    @Test
    void without_a_year_the_snapshots_own_year_picks_the_rubric() {
        EvaluationFixture fixture = new EvaluationFixture(dir).write();

        EvaluationRequest r = EvaluationMain.parse("--warehouse", fixture.warehouse().toString(), "--data", "d");

        assertThat(r.rubric()).isEqualTo(Path.of("d/evaluation/rubric-2024.yaml"));
        assertThat(r.officialGrades()).isEqualTo(Path.of("d/evaluation/official-grades-2023.csv"));
    }

    @Test
    void exit_codes_tell_a_usage_error_from_a_failed_run() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(EvaluationMain.run(new String[] {"--data", "d"}, out, errStream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("đánh giá: cần --warehouse", "Cách dùng:");

        err.reset();
        String[] nothingPublished = {"--warehouse", dir.toString(), "--rubric", SampleData.rubric().toString()};
        assertThat(EvaluationMain.run(nothingPublished, out, errStream)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Đánh giá không thành công")
                .contains("./thidua analyze").hasLineCount(1);

        assertThat(EvaluationMain.run(new String[] {"--help"}, out, errStream)).isZero();
    }
}
