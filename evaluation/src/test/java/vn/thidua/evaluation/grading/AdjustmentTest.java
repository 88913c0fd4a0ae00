package vn.thidua.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.evaluation.adjust.AdjustmentOutcome.Status;
import vn.thidua.evaluation.adjust.AdjustmentOutcome;
import vn.thidua.warehouse.Grade;

class AdjustmentTest {

    private static final LocalDate JAN_15 = LocalDate.of(2025, 1, 15);

    @Test
    void a_verified_criterion_adjustment_changes_the_points_total_and_grade_and_is_audited() {
        // given U1 at 80 points (tốt); verification finds C was 20/20, not 0
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, 0.0).adjustment(2, "U1", "C", "20", JAN_15);

        // when
        Evaluated result = units.evaluate();

        // then
        UnitEvaluation u = Units.find(result, "U1");
        assertThat(u.total()).isEqualByComparingTo("100");
        assertThat(u.grade()).isEqualTo(Grade.XUAT_SAC);
        assertThat(u.adjusted()).isTrue();
        assertThat(u.scores().get(2).computedPoints()).isEqualByComparingTo("0");
        assertThat(u.scores().get(2).evidence()).contains("phúc tra: 0,00 → 20,00 điểm (lý do 2; Cán bộ phúc tra, 15/01/2025)");
        assertThat(result.adjustments()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.APPLIED);
            assertThat(o.before()).isEqualTo("0.00");
            assertThat(o.after()).isEqualTo("20.00");
        });
    }

    @Test
    void the_latest_line_wins_and_the_earlier_one_is_kept_as_superseded() {
        // given two lines for the same criterion, the later entered first in the file
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, 0.0)
                .adjustment(2, "U1", "C", "15", JAN_15.plusDays(1))
                .adjustment(3, "U1", "C", "10", JAN_15);

        // when
        Evaluated result = units.evaluate();

        // then
        assertThat(Units.find(result, "U1").total()).isEqualByComparingTo("95");
        assertThat(result.adjustments()).extracting(AdjustmentOutcome::status)
                .containsExactly(Status.APPLIED, Status.SUPERSEDED);
    }

    @Test
    void a_grade_adjustment_is_final_and_wrong_lines_are_rejected_with_a_reason() {
        // given
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, 100.0)
                .unit("U2", 100.0, 100.0, 100.0).excluded("U2", "kỷ luật")
                .adjustment(2, "U1", "grade", "tot", JAN_15)
                .adjustment(3, "U1", "Z", "5", JAN_15)
                .adjustment(4, "U1", "A", "41", JAN_15)
                .adjustment(5, "U2", "A", "40", JAN_15)
                .adjustment(6, "NOPE", "A", "40", JAN_15);

        // when
        Evaluated result = units.evaluate();

        // then
        UnitEvaluation u = Units.find(result, "U1");
        assertThat(u.thresholdGrade()).isEqualTo(Grade.XUAT_SAC);
        assertThat(u.grade()).isEqualTo(Grade.TOT);
        assertThat(u.gradeAdjustment()).isPresent();
        assertThat(u.reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("Phúc tra: sửa mức xếp loại từ \"Hoàn thành xuất sắc nhiệm vụ\" thành \"Hoàn thành tốt nhiệm vụ\""));
        assertThat(result.adjustments()).extracting(AdjustmentOutcome::status)
                .containsExactly(Status.APPLIED, Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.REJECTED);
        assertThat(result.adjustments()).extracting(AdjustmentOutcome::message).containsExactly(null,
                "không có tiêu chí 'Z' trong bộ tiêu chí test-1",
                "điểm mới phải từ 0 đến 40",
                "đơn vị không được chấm điểm: Không xếp loại — chưa đủ điều kiện",
                "mã đơn vị 'NOPE' không có trong danh sách CĐCS được đánh giá");
    }
}
