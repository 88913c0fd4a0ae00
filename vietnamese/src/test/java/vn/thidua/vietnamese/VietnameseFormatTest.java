package vn.thidua.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void writesNumbersTheVietnameseWay() {
        assertThat(VietnameseFormat.number(1234.5)).isEqualTo("1.234,5");
        assertThat(VietnameseFormat.number(1234)).isEqualTo("1.234");
        assertThat(VietnameseFormat.number(1234567.0, 0)).isEqualTo("1.234.567");
        assertThat(VietnameseFormat.number(0.25)).as("half up, not half even").isEqualTo("0,3");
        assertThat(VietnameseFormat.number(-3.2)).isEqualTo("-3,2");
        assertThat(VietnameseFormat.fixed(9.1, 2)).isEqualTo("9,10");
        assertThat(VietnameseFormat.count(12345)).isEqualTo("12.345");
    }

    @Test
    void quotesExactFiguresWithEveryDecimal() {
        assertThat(VietnameseFormat.exact(new BigDecimal("3000000"))).isEqualTo("3.000.000");
        assertThat(VietnameseFormat.exact(new BigDecimal("521.750"))).isEqualTo("521,75");
        assertThat(VietnameseFormat.exact(new BigDecimal("-1234.5"))).isEqualTo("-1.234,5");
        assertThat(VietnameseFormat.exact(new BigDecimal("1.2E+3"))).isEqualTo("1.200");
    }

    @Test
    void writesRatesWithOneDecimalAndMoneyAsPeopleSayIt() {
        assertThat(VietnameseFormat.percent(87.44)).isEqualTo("87,4%");
        assertThat(VietnameseFormat.percent(100)).isEqualTo("100,0%");
        assertThat(VietnameseFormat.money(10_300_000_000.0)).isEqualTo("10,3 tỷ đồng");
        assertThat(VietnameseFormat.money(850_500_000)).isEqualTo("850,5 triệu đồng");
        assertThat(VietnameseFormat.money(500_000)).isEqualTo("500.000 đồng");
    }

    @Test
    void writesDatesDayFirstAndTimesOnlyWhenKnown() {
        assertThat(VietnameseFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31/12/2024");
        assertThat(VietnameseFormat.dateTime(LocalDateTime.of(2025, 1, 10, 16, 30))).isEqualTo("16:30 ngày 10/01/2025");
        assertThat(VietnameseFormat.dateTime(LocalDate.of(2025, 1, 10), null)).isEqualTo("10/01/2025");
        assertThat(VietnameseFormat.dateTime(LocalDate.of(2025, 1, 10), LocalTime.of(8, 5))).isEqualTo("08:05 ngày 10/01/2025");
        assertThat(VietnameseFormat.dateInWords(LocalDate.of(2026, 12, 5))).isEqualTo("ngày 05 tháng 12 năm 2026");
    }
}
