package vn.thidua.dashboards.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void formatsNumbersTheVietnameseWay() {
        // when / then
        assertThat(VietnameseFormat.number(1234.5)).isEqualTo("1.234,5");
        assertThat(VietnameseFormat.number(1234)).isEqualTo("1.234");
        assertThat(VietnameseFormat.number(1234567.0, 0)).isEqualTo("1.234.567");
        assertThat(VietnameseFormat.number(0.25)).as("half up, not half even").isEqualTo("0,3");
        assertThat(VietnameseFormat.number(-3.2)).isEqualTo("-3,2");
    }

    @Test
    void formatsPercentagesWithOneDecimal() {
        assertThat(VietnameseFormat.percent(87.44)).isEqualTo("87,4%");
        assertThat(VietnameseFormat.percent(87.45)).isEqualTo("87,5%");
        assertThat(VietnameseFormat.percent(100)).isEqualTo("100,0%");
    }

    @Test
    void formatsDatesDayFirst() {
        assertThat(VietnameseFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31/12/2024");
        assertThat(VietnameseFormat.dateTime(LocalDateTime.of(2025, 1, 5, 8, 3))).isEqualTo("05/01/2025 08:03");
    }

    @Test
    void describesARateChangeInPoints() {
        // given
        String label = "Tỷ lệ đoàn viên đăng ký thi đua";

        // when / then
        assertThat(VietnameseFormat.rateSentence(label, 87.4, 3.2, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%, tăng 3,2 điểm so với năm 2023.");
        assertThat(VietnameseFormat.rateSentence(label, 81.0, -1.45, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua đạt 81,0%, giảm 1,5 điểm so với năm 2023.");
        assertThat(VietnameseFormat.rateSentence(label, 81.0, 0.04, 2023))
                .as("a change that rounds to zero").endsWith("đạt 81,0%, không đổi so với năm 2023.");
        assertThat(VietnameseFormat.rateSentence(label, 87.4, null, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%.");
        assertThat(VietnameseFormat.rateSentence(label, null, null, 2023))
                .isEqualTo("Tỷ lệ đoàn viên đăng ký thi đua: chưa có số liệu.");
    }

    @Test
    void describesATotalChangeInPercent() {
        // given
        String label = "Số sáng kiến đăng ký";

        // when / then
        assertThat(VietnameseFormat.totalSentence(label, 1234.0, 1099.0, 12.284, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.234, tăng 12,3% so với năm 2023.");
        assertThat(VietnameseFormat.totalSentence(label, 655.0, 702.0, -6.695, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 655, giảm 6,7% so với năm 2023.");
        assertThat(VietnameseFormat.totalSentence(label, 1520.0, 1520.0, 0.0, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.520, không đổi so với năm 2023.");
        assertThat(VietnameseFormat.totalSentence(label, 12.0, 0.0, null, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 12 (năm 2023: 0).");
        assertThat(VietnameseFormat.totalSentence(label, 1234.0, null, null, 2023))
                .isEqualTo("Số sáng kiến đăng ký đạt 1.234.");
    }
}
