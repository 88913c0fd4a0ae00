package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EvaluationMainTest {

    @Test
    void the_data_directory_gives_the_usual_files_and_options_override_them() {
        // when
        EvaluationRequest r = EvaluationMain.parse(new String[] {"--warehouse", "var/warehouse", "--data", "sample-data",
                "--adjustments", "phuc-tra.csv", "--out", "out"});

        // then
        assertThat(r.snapshot()).isEqualTo(Path.of("var/warehouse"));
        assertThat(r.orgUnits()).isEqualTo(Path.of("sample-data/reference/org_units.csv"));
        assertThat(r.rubric()).isEqualTo(Path.of("sample-data/evaluation/rubric-2024.yaml"));
        assertThat(r.exclusions()).isEqualTo(Path.of("sample-data/evaluation/exclusions.csv"));
        assertThat(r.adjustments()).isEqualTo(Path.of("phuc-tra.csv"));
        assertThat(r.outputDir()).isEqualTo(Path.of("out"));
    }

    @Test
    void a_missing_input_or_unknown_option_is_a_usage_error() {
        assertThatThrownBy(() -> EvaluationMain.parse(new String[] {"--data", "sample-data"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvaluationMain.parse(new String[] {"--warehouse", "w", "--data", "d", "--colour", "x"}))
                .hasMessageContaining("--colour");
    }
}
