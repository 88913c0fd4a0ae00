package vn.thidua.dashboards.text;


import static org.assertj.core.api.Assertions.assertThat;


import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thidua.warehouse.manifest.Manifest;

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
}
