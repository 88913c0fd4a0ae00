package vn.thidua.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.warehouse.Grade;

class EligibilityTest {

    @Test
    void a_unit_needs_twelve_whole_months_by_the_end_of_the_year() {
        // given one unit founded on 1 January (12 months on 31/12) and one a day later
        Units units = new Units()
                .unit("U1", 100.0, 100.0, 100.0).history("U1", LocalDate.of(2024, 1, 1), null)
                .unit("U2", 100.0, 100.0, 100.0).history("U2", LocalDate.of(2024, 1, 2), null);

        // when
        Evaluated result = units.evaluate();

        // then
        assertThat(Units.find(result, "U1").eligible()).isTrue();
        UnitEvaluation late = Units.find(result, "U2");
        assertThat(late.eligible()).isFalse();
        assertThat(late.grade()).isEqualTo(Grade.KHONG_XEP_LOAI);
        assertThat(late.ineligibility()).isEqualTo("thành lập ngày 02/01/2024, chưa đủ 12 tháng hoạt động đến 31/12/2024");
        assertThat(late.scores()).isEmpty();
        assertThat(late.total()).isNull();
        assertThat(late.clusterRank()).isNull();
    }

    @Test
    void six_months_are_enough_after_a_merger_or_split() {
        // given units reorganised on 1 July (6 months on 31/12) and on 2 July
        Units units = new Units()
                .unit("U1", 100.0, 100.0, 100.0).reorganised("U1", LocalDate.of(2024, 7, 1))
                .unit("U2", 100.0, 100.0, 100.0).reorganised("U2", LocalDate.of(2024, 7, 2));

        // when
        Evaluated result = units.evaluate();

        // then
        assertThat(Units.find(result, "U1").eligible()).isTrue();
        assertThat(Units.find(result, "U2").ineligibility())
                .isEqualTo("sáp nhập ngày 02/07/2024, chưa đủ 6 tháng hoạt động đến 31/12/2024");
    }

    @Test
    void dissolved_excluded_and_unknown_units_are_listed_with_their_reason() {
        // given
        Units units = new Units()
                .unit("U1", 100.0, 100.0, 100.0).history("U1", LocalDate.of(2000, 1, 1), LocalDate.of(2024, 6, 30))
                .unit("U2", 100.0, 100.0, 100.0).excluded("U2", "Không đăng ký thi đua")
                .unit("U3", 100.0, 100.0, 100.0).noHistory("U3")
                .unit("U4", 100.0, 100.0, 100.0).history("U4", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 12, 31));

        // when
        Evaluated result = units.evaluate();

        // then
        assertThat(Units.find(result, "U1").ineligibility()).isEqualTo("đã giải thể ngày 30/06/2024");
        assertThat(Units.find(result, "U2").ineligibility()).isEqualTo("thuộc danh sách không xét: Không đăng ký thi đua");
        assertThat(Units.find(result, "U3").ineligibility()).contains("không có ngày thành lập");
        // closed before the year began: not part of the year's movement at all
        assertThat(result.units()).extracting(u -> u.unit().code()).containsExactly("U1", "U2", "U3");
        assertThat(result.closedBeforeYear()).isEqualTo(1);
    }
}
