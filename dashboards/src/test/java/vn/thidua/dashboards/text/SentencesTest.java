package vn.thidua.dashboards.text;


import static org.assertj.core.api.Assertions.assertThat;


import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

class SentencesTest {

    @Test
    void theDataCutOffShowsATimeOnlyWhenOneIsKnown() {
        Manifest known = new Manifest("r", 2024, null, null, null, Instant.parse("2025-01-10T09:30:00Z"), true, null, null, null, null);
        Manifest dateOnly = new Manifest("r", 2024, null, null, null, Instant.parse("2025-01-13T17:00:00Z"), false, null, null, null, null);
        Manifest none = new Manifest("r", 2024, null, null, null, null, true, null, null, null, null);

        assertThat(Sentences.dataCutoff(known)).isEqualTo("lúc 16:30 ngày 10/01/2025");
        assertThat(Sentences.dataCutoff(dateOnly)).as("stored as 00:00 in Vietnam, shown as the date").isEqualTo("ngày 14/01/2025");
        assertThat(Sentences.dataCutoff(none)).isNull();
    }

    @Test
    void describesARateChangeInPoints() {
        // given
        String label = "Tỷ lệ đoàn viên đăng ký thi đua";

        // when / then
        assertThat(Sentences.rate(label, 87.4, 3.2, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%, tăng 3,2 điểm so với năm 2023.");
        assertThat(Sentences.rate(label, 81.0, -1.45, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua đạt 81,0%, giảm 1,5 điểm so với năm 2023.");
        assertThat(Sentences.rate(label, 81.0, 0.04, 2023))
                .as("a change that rounds to zero").endsWith("đạt 81,0%, không đổi so với năm 2023.");
        assertThat(Sentences.rate(label, 87.4, null, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%.");
        assertThat(Sentences.rate(label, null, null, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua: chưa có số liệu.");
    }

    @Test
    void describesATotalChangeInPercent() {
        // given
        String label = "Số sáng kiến đăng ký";

        // when / then
        assertThat(Sentences.total(label, 1234.0, 1099.0, 12.284, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.234, tăng 12,3% so với năm 2023.");
        assertThat(Sentences.total(label, 655.0, 702.0, -6.695, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 655, giảm 6,7% so với năm 2023.");
        assertThat(Sentences.total(label, 1520.0, 1520.0, 0.0, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.520, không đổi so với năm 2023.");
        assertThat(Sentences.total(label, 12.0, 0.0, null, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 12 (năm 2023: 0).");
        assertThat(Sentences.total(label, 1234.0, null, null, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.234.");
    }

    @Test
    void aRelativeChangeAndPointsAlwaysHaveOneDecimal() {
        assertThat(Sentences.total("Số sáng kiến đăng ký", 1631.0, 1497.0, 8.95, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.631, tăng 9,0% so với năm 2023.");
        assertThat(Sentences.total("Số sáng kiến được công nhận", 1034.0, 923.0, 12.0, 2023))
                .as("never \"tăng 12%\" beside \"11,5%\"").endsWith("tăng 12,0% so với năm 2023.");
        assertThat(Sentences.rate("Tỷ lệ đơn vị gửi báo cáo", 97.9, -1.0, 2023))
                .isEqualTo("Tỷ lệ đơn vị gửi báo cáo đạt 97,9%, giảm 1,0 điểm so với năm 2023.");
    }

    @Test
    void onlyAnAchievementIsSaidToBeReached() {
        // given the sample catalogue's directions: dissolutions are better fewer, hardship and gaps are neutral
        DashboardData snapshot = DashboardFixture.inMemory(List.of(
                DashboardFixture.indicator("unions_dissolved", "Số CĐCS giải thể", "count", "lower_better"),
                DashboardFixture.indicator("hardship_support_recipients", "Số đoàn viên khó khăn được hỗ trợ", "person",
                        "neutral"),
                DashboardFixture.indicator("initiatives_registered_gap",
                        "Chênh lệch số sáng kiến đăng ký (báo cáo trừ sổ sáng kiến)", "count", "neutral"),
                DashboardFixture.indicator("members_admitted", "Số đoàn viên kết nạp mới", "person", "higher_better"),
                DashboardFixture.indicator("tet_coverage", "Tỷ lệ đoàn viên được hỗ trợ Tết", "percent", "higher_better"),
                DashboardFixture.indicator("members_admitted_target_met", "Tỷ lệ CĐCS đạt chỉ tiêu kết nạp đoàn viên",
                        "percent", "higher_better"),
                DashboardFixture.indicator("study_sessions", "Số buổi học tập, quán triệt nghị quyết", "count", "")),
                List.of(), List.of());

        // when / then: a lower-better count rising is stated, with its change
        assertThat(FigureSentence.of(snapshot, "unions_dissolved", year(5.0, 2.0), 2024))
                .isEqualTo("Số CĐCS giải thể là 5, tăng 150,0% so với năm 2023.");
        // a neutral count falling; a neutral gap without a previous year
        assertThat(FigureSentence.of(snapshot, "hardship_support_recipients", year(589.0, 644.0), 2024))
                .isEqualTo("Số đoàn viên khó khăn được hỗ trợ là 589, giảm 8,5% so với năm 2023.");
        assertThat(FigureSentence.of(snapshot, "initiatives_registered_gap", year(216.0, null), 2024))
                .isEqualTo("Chênh lệch số sáng kiến đăng ký (báo cáo trừ sổ sáng kiến) là 216.");
        // an achievement rising and falling
        assertThat(FigureSentence.of(snapshot, "members_admitted", year(2245.0, 2058.0), 2024))
                .isEqualTo("Số đoàn viên kết nạp mới đạt 2.245, tăng 9,1% so với năm 2023.");
        assertThat(FigureSentence.of(snapshot, "tet_coverage", year(84.2, 86.0), 2024))
                .isEqualTo("Tỷ lệ đoàn viên được hỗ trợ Tết đạt 84,2%, giảm 1,8 điểm so với năm 2023.");
        // a change that rounds to zero, on an indicator without a direction (neutral, contract §1)
        assertThat(FigureSentence.of(snapshot, "study_sessions", year(4699.0, 4698.0), 2024))
                .isEqualTo("Số buổi học tập, quán triệt nghị quyết là 4.699, không đổi so với năm 2023.");
        // a label that already says "đạt" is not said twice
        assertThat(FigureSentence.of(snapshot, "members_admitted_target_met", year(53.8, 51.0), 2024))
                .isEqualTo("Tỷ lệ CĐCS đạt chỉ tiêu kết nạp đoàn viên là 53,8%, tăng 2,8 điểm so với năm 2023.");
        // an indicator the catalogue does not know is stated, never praised
        assertThat(FigureSentence.of("Chỉ tiêu mới", snapshot, "unknown", year(3.0, null), 2024))
                .isEqualTo("Chỉ tiêu mới là 3.");
    }

    @Test
    void aMissingPreviousYearOrFigureIsSaid() {
        DashboardData snapshot = DashboardFixture.inMemory(List.of(
                DashboardFixture.indicator("unions_dissolved", "Số CĐCS giải thể", "count", "lower_better")),
                List.of(), List.of());

        assertThat(FigureSentence.of(snapshot, "unions_dissolved", year(5.0, null), 2024)).isEqualTo("Số CĐCS giải thể là 5.");
        assertThat(FigureSentence.of(snapshot, "unions_dissolved", year(5.0, 0.0), 2024))
                .as("growth from zero has no percentage").isEqualTo("Số CĐCS giải thể là 5 (năm 2023: 0).");
        assertThat(FigureSentence.of(snapshot, "unions_dissolved", null, 2024))
                .isEqualTo("Số CĐCS giải thể: chưa có số liệu.");
    }

    private static IndicatorValueRow year(Double value, Double previous) {
        return DashboardFixture.figure(0, Level.PROVINCE, "BK", "x", value, null, value, previous);
    }
}
