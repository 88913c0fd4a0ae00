package vn.thidua.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.warehouse.Grade;

class NotReportedTest {

    @Test
    void a_unit_without_any_report_is_not_graded_as_a_zero_performer() {
        // given
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, 100.0).silent("U2");

        // when
        UnitEvaluation silent = Units.find(units.evaluate(), "U2");

        // then
        assertThat(silent.eligible()).isTrue();
        assertThat(silent.reported()).isFalse();
        assertThat(silent.grade()).isEqualTo(Grade.KHONG_BAO_CAO);
        assertThat(silent.grade().labelVi()).isEqualTo("Không đánh giá — không báo cáo");
        assertThat(silent.total()).isNull();
        assertThat(silent.scores()).isEmpty();
        assertThat(silent.clusterRank()).isNull();
        assertThat(silent.reasons()).singleElement().asString().contains("không gửi báo cáo nào trong năm 2024");
        assertThat(Units.find(units.evaluate(), "U1").clusterSize()).isEqualTo(1);
    }

    @Test
    void the_rubric_may_grade_a_silent_unit_not_completed_and_says_why() {
        // given
        Units units = new Units().noCap().silent("U2").rubric("not_reported: khong_bao_cao", "not_reported: khong_hoan_thanh");

        // when
        UnitEvaluation silent = Units.find(units.evaluate(), "U2");

        // then
        assertThat(silent.grade()).isEqualTo(Grade.KHONG_HOAN_THANH);
        assertThat(silent.total()).isNull();
        assertThat(silent.reasons().get(0)).contains("không gửi báo cáo", "không coi là 0 điểm");
    }

    @Test
    void a_missing_figure_of_a_reporting_unit_scores_zero_and_says_so() {
        // given U1 reported A and B but not C
        Units units = new Units().noCap().unit("U1", 100.0, 100.0, null);

        // when
        UnitEvaluation u = Units.find(units.evaluate(), "U1");

        // then
        assertThat(u.total()).isEqualByComparingTo("80");
        assertThat(u.scores().get(2).indicatorValue()).isNull();
        assertThat(u.scores().get(2).evidence()).contains("không có số liệu → 0,00/20,00 điểm");
        assertThat(u.grade()).isEqualTo(Grade.TOT);
    }
}
