package vn.thidua.evaluation.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thidua.evaluation.SampleData;

class RubricLoaderTest {

    @Test
    void the_shipped_rubric_covers_the_five_contents_with_100_points() {
        // when
        Rubric rubric = RubricLoader.load(SampleData.rubric());

        // then
        assertThat(rubric.version()).isNotBlank();
        assertThat(rubric.year()).isEqualTo(2024);
        assertThat(rubric.criteria().stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(rubric.criteria().stream().map(Criterion::content).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(rubric.grades().topMin()).isEqualByComparingTo("85");
        assertThat(rubric.grades().topMinCriterionShare()).isEqualByComparingTo("0.5");
        assertThat(rubric.grades().goodMin()).isEqualByComparingTo("70");
        assertThat(rubric.grades().passMin()).isEqualByComparingTo("50");
        assertThat(rubric.eligibility()).isEqualTo(new EligibilityRules(12, 6, java.time.LocalDate.of(2024, 12, 31)));
        assertThat(rubric.cap()).isPresent();
        assertThat(rubric.shortlists()).extracting(ShortlistRule::code).containsExactly("co_thi_dua", "bang_khen", "giay_khen");
        assertThat(rubric.ranking()).last().isEqualTo(new RankKey(RankKey.CODE, false));
    }

    @Test
    void a_year_without_its_rubric_is_told_what_to_do() {
        Path missing = Path.of("target", "no-such-dir", "rubric-2025.yaml");

        assertThatThrownBy(() -> RubricLoader.load(missing)).isInstanceOf(RubricException.class)
                .hasMessageContaining("Chưa có bộ tiêu chí đánh giá rubric-2025.yaml")
                .hasMessageContaining("chép bộ tiêu chí năm trước");
    }

    @Test
    void points_that_do_not_add_up_to_the_total_are_refused() {
        // given
        String yaml = SampleData.testRubric().replace("points: 20, scoring", "points: 25, scoring");

        // then
        assertThatThrownBy(() -> RubricLoader.fromYaml(yaml))
                .isInstanceOf(RubricException.class)
                .hasMessageContaining("tổng điểm các tiêu chí là 105, phải bằng total_points 100");
    }

    @Test
    void a_misspelt_key_is_an_error_not_a_silent_default() {
        // given
        String yaml = SampleData.testRubric().replace("min_criterion_share", "min_criteria_share");

        // then
        assertThatThrownBy(() -> RubricLoader.fromYaml(yaml))
                .hasMessageContaining("grades.xuat_sac.min_criteria_share: khóa không được hỗ trợ");
    }

    @Test
    void thresholds_give_the_highest_step_reached_and_linear_scores_in_between() {
        // given
        Scoring steps = new ThresholdScoring(java.util.List.of(
                new ThresholdScoring.Step(1, new BigDecimal("5")), new ThresholdScoring.Step(3, new BigDecimal("8"))));
        Scoring line = new LinearScoring(50, 90);
        BigDecimal ten = BigDecimal.TEN;

        // then
        assertThat(steps.points(0.99, ten)).isEqualByComparingTo("0");
        assertThat(steps.points(3, ten)).isEqualByComparingTo("8");
        assertThat(line.points(70, ten)).isEqualByComparingTo("5");
        assertThat(line.points(40, ten)).isEqualByComparingTo("0");
        assertThat(line.points(95, ten)).isEqualByComparingTo("10");
    }

    @Test
    void a_missing_file_says_which() {
        assertThatThrownBy(() -> RubricLoader.load(Path.of("no-such-rubric.yaml")))
                .hasMessageContaining("no-such-rubric.yaml");
    }
}
