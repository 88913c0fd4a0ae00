package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.Federation;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FederationReportingTest {

    @Test
    void aUnitPhaseReadsAsTheAnalyticsWritesIt() {
        // reporting_completeness = reported / expected; reporting_timeliness = on_time / expected (contract §4)
        assertThat(ReportingIndex.status(row(1, 1, 100.0), row(1, 1, 100.0))).isEqualTo(ReportStatus.ON_TIME);
        assertThat(ReportingIndex.status(row(1, 1, 100.0), row(1, 1, 0.0))).isEqualTo(ReportStatus.LATE);
        assertThat(ReportingIndex.status(row(0, 1, 0.0), row(0, 1, 0.0))).isEqualTo(ReportStatus.NOT_REPORTED);
        assertThat(ReportingIndex.status(row(1, 1, 100.0), null)).as("no timeliness in the snapshot")
                .isEqualTo(ReportStatus.REPORTED);
        assertThat(ReportingIndex.status(row(0, 0, null), null)).isEqualTo(ReportStatus.NOT_EXPECTED);
    }

    @Test
    void namesTheUnitsThatHaveNotReportedAndThoseThatCameLatePhaseByPhase() {
        // given
        Map<String, Map<Integer, ReportStatus>> byUnit = new LinkedHashMap<>();
        byUnit.put("A", Map.of(1, ReportStatus.ON_TIME, 2, ReportStatus.LATE));
        byUnit.put("B", Map.of(1, ReportStatus.NOT_REPORTED, 2, ReportStatus.NOT_REPORTED));
        byUnit.put("C", Map.of(1, ReportStatus.LATE, 2, ReportStatus.NOT_REPORTED));
        byUnit.put("D", Map.of(2, ReportStatus.ON_TIME)); // founded in phase 2
        ReportingIndex index = new ReportingIndex(List.of(1, 2), byUnit, List.of(1, 2), Map.of());
        Federation f = new Federation("F", "Liên đoàn Lao động huyện F", "F", "don-vi-f.html",
                List.of(unit("A"), unit("B"), unit("C"), unit("D")));

        // when
        FederationReporting reporting = FederationReporting.of(index, f);

        // then
        FederationReporting.PhaseReporting one = reporting.phases().get(0);
        assertThat(one.expected()).isEqualTo(3);
        assertThat(one.reported()).isEqualTo(2);
        assertThat(one.notReported()).extracting(OrgUnitRow::code).containsExactly("B");
        assertThat(one.late()).extracting(OrgUnitRow::code).containsExactly("C");
        FederationReporting.PhaseReporting two = reporting.phases().get(1);
        assertThat(two.expected()).isEqualTo(4);
        assertThat(two.notReported()).extracting(OrgUnitRow::code).containsExactly("B", "C");
        assertThat(two.late()).extracting(OrgUnitRow::code).containsExactly("A");
        assertThat(reporting.silentAllYear()).extracting(OrgUnitRow::code).containsExactly("B");
    }

    @Test
    void aUnitsYearInAFewWords() {
        assertThat(ReportSummary.of(phases(ReportStatus.ON_TIME, ReportStatus.ON_TIME))).isEqualTo("Đúng hạn");
        assertThat(ReportSummary.of(phases(ReportStatus.ON_TIME, ReportStatus.NOT_REPORTED))).isEqualTo("Thiếu Đợt 2");
        assertThat(ReportSummary.of(phases(ReportStatus.LATE, ReportStatus.ON_TIME))).isEqualTo("Muộn Đợt 1");
        assertThat(ReportSummary.of(phases(ReportStatus.LATE, ReportStatus.NOT_REPORTED))).isEqualTo("Thiếu Đợt 2; muộn Đợt 1");
        assertThat(ReportSummary.of(phases(ReportStatus.NOT_REPORTED, ReportStatus.NOT_REPORTED))).isEqualTo("Chưa gửi");
        assertThat(ReportSummary.of(phases(ReportStatus.NOT_EXPECTED, ReportStatus.REPORTED))).isEqualTo("Đã gửi");
        assertThat(ReportSummary.of(phases(ReportStatus.NOT_EXPECTED, ReportStatus.NOT_EXPECTED))).isEqualTo("—");
    }

    private static Map<Integer, ReportStatus> phases(ReportStatus one, ReportStatus two) {
        Map<Integer, ReportStatus> out = new LinkedHashMap<>();
        out.put(1, one);
        out.put(2, two);
        return out;
    }

    private static IndicatorValueRow row(int reporting, int expected, Double value) {
        return new IndicatorValueRow(2024, 1, Level.UNIT, "A", "CĐCS A", "reporting_completeness",
                value == null ? null : value / 100, (double) expected, value, 2023, null, null, null, reporting, expected);
    }

    private static OrgUnitRow unit(String code) {
        return new OrgUnitRow(code, "CĐCS " + code, "F", 3, "hcsn", "K1", null, null);
    }
}
