package vn.thidua.dashboards.text;

import static org.assertj.core.api.Assertions.assertThat;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class InitiativeSentencesTest {

    private static final String REPORTED = "initiatives_registered";
    private static final String REGISTER = "initiatives_registered_register";
    private static final String GAP = "initiatives_registered_gap";

    @Test
    void reportedRegistersAndTheGapAreReconciledInOneSentence() {
        // given phase 1: U1 reports 10 and its register holds 9; U2 reports 5 and sent no register; U3 reported no
        // figure but its register holds 2; phase 2: U1 reports 4, register 4. The gap indicator (report minus
        // register where both are known) is 1, the whole difference 19 - 15 = 4.
        List<IndicatorValueRow> rows = new ArrayList<>(List.of(
                unit(1, "U1", REPORTED, 10.0), unit(1, "U1", REGISTER, 9.0), unit(1, "U1", GAP, 1.0),
                unit(1, "U2", REPORTED, 5.0), unit(1, "U2", REGISTER, null), unit(1, "U2", GAP, null),
                unit(1, "U3", REPORTED, null), unit(1, "U3", REGISTER, 2.0), unit(1, "U3", GAP, null),
                unit(2, "U1", REPORTED, 4.0), unit(2, "U1", REGISTER, 4.0), unit(2, "U1", GAP, 0.0),
                province(REPORTED, 19.0), province(REGISTER, 15.0), province(GAP, 1.0)));
        DashboardData snapshot = snapshot(rows);

        // when: the report's "other figures" list the register and the gap
        List<String> sentences = KeyFigures.provinceSentences(snapshot, 2024, List.of(REGISTER, GAP));

        // then one sentence, whose parts add up to the difference
        assertThat(sentences).containsExactly("Các đơn vị báo cáo 19 sáng kiến đăng ký; sổ sáng kiến ghi nhận 15;"
                + " chênh lệch 4 sáng kiến gồm 5 sáng kiến báo cáo của các đơn vị chưa gửi sổ, cộng 1 sáng kiến các đơn vị"
                + " có sổ báo cáo nhiều hơn số ghi trong sổ, trừ đi 2 sáng kiến trong sổ của các đơn vị không báo cáo số"
                + " này.");
    }

    @Test
    void aDifferenceWithOneCauseNamesIt() {
        DashboardData snapshot = snapshot(List.of(
                unit(1, "U1", REPORTED, 9.0), unit(1, "U1", REGISTER, 9.0), unit(1, "U1", GAP, 0.0),
                unit(1, "U2", REPORTED, 5.0), unit(1, "U2", REGISTER, null), unit(1, "U2", GAP, null),
                province(REPORTED, 14.0), province(REGISTER, 9.0), province(GAP, 0.0)));

        assertThat(KeyFigures.provinceSentences(snapshot, 2024, List.of(GAP))).containsExactly("Các đơn vị báo cáo 14"
                + " sáng kiến đăng ký; sổ sáng kiến ghi nhận 9; chênh lệch 5 sáng kiến là số sáng kiến báo cáo của các đơn vị"
                + " chưa gửi sổ.");
    }

    private static DashboardData snapshot(List<IndicatorValueRow> rows) {
        return DashboardFixture.inMemory(List.of(
                DashboardFixture.indicator(REPORTED, "Số sáng kiến đăng ký", "count", "higher_better"),
                DashboardFixture.indicator(REGISTER, "Số sáng kiến đăng ký theo sổ sáng kiến", "count", "neutral"),
                DashboardFixture.indicator(GAP, "Chênh lệch số sáng kiến đăng ký (báo cáo trừ sổ sáng kiến)", "count",
                        "neutral")), rows, List.of());
    }

    private static IndicatorValueRow unit(int phase, String code, String indicator, Double value) {
        return DashboardFixture.figure(phase, Level.UNIT, code, indicator, value, null, value, null);
    }

    private static IndicatorValueRow province(String indicator, Double value) {
        return DashboardFixture.figure(0, Level.PROVINCE, "BK", indicator, value, null, value, null);
    }
}
