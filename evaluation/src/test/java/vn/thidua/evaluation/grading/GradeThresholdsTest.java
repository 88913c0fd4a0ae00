package vn.thidua.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.warehouse.Grade;

/** The test rubric: A 40 + B 40 + C 20 points, each linear from 0 to 100; thresholds 85 / 70 / 50. */
class GradeThresholdsTest {

    @ParameterizedTest(name = "A={0} B={1} C={2} → {3} points, {4}")
    @CsvSource({
            "100, 75, 75,    85.00, xuat_sac",          // exactly on the top threshold
            "100, 75, 74.95, 84.99, tot",               // a hundredth below it
            "100, 50, 50,    70.00, tot",               // exactly on "tốt"
            "50,  50, 50,    50.00, hoan_thanh",        // exactly on "hoàn thành"
            "50,  50, 49.95, 49.99, khong_hoan_thanh"})
    void a_total_exactly_on_a_threshold_reaches_the_grade(double a, double b, double c, String total, String grade) {
        // given
        Units units = new Units().noCap().unit("U1", a, b, c);

        // when
        UnitEvaluation u = Units.find(units.evaluate(), "U1");

        // then
        assertThat(u.total()).isEqualByComparingTo(new BigDecimal(total));
        assertThat(u.grade()).isEqualTo(Grade.fromCode(grade));
    }

    @Test
    void one_criterion_below_half_its_points_keeps_a_high_total_from_the_top_grade() {
        // given C at 45% of its points (9/20) while A and B are full: 89 points
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, 45.0);

        // when
        UnitEvaluation u = Units.find(units.evaluate(), "U1");

        // then
        assertThat(u.total()).isEqualByComparingTo("89");
        assertThat(u.grade()).isEqualTo(Grade.TOT);
        assertThat(u.reasons().get(0)).contains("có tiêu chí dưới 50% số điểm", "C Tiêu chí C (9,00/20,00)");
        assertThat(u.scores()).filteredOn(s -> s.criterion().code().equals("C"))
                .singleElement().satisfies(s -> assertThat(s.below(new BigDecimal("0.5"))).isTrue());
    }

    @Test
    void a_criterion_exactly_at_the_minimum_share_does_not_block_the_top_grade() {
        // given C at exactly 50% of its points (10/20)
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, 50.0);

        // when
        UnitEvaluation u = Units.find(units.evaluate(), "U1");

        // then
        assertThat(u.total()).isEqualByComparingTo("90");
        assertThat(u.grade()).isEqualTo(Grade.XUAT_SAC);
    }

    @Test
    void points_are_capped_at_the_criterion_maximum() {
        // given an achievement of 140%
        Units units = new Units().noCap().unit("U1", 140.0, 0.0, 0.0);

        // when
        UnitEvaluation u = Units.find(units.evaluate(), "U1");

        // then
        assertThat(u.scores().get(0).points()).isEqualByComparingTo("40");
        assertThat(u.scores().get(0).evidence()).contains("Tỷ lệ A: 140% → 40,00/40,00 điểm");
    }
}
