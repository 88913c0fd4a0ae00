package vn.thidua.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} in a {1} file is {2}")
    @CsvSource(delimiter = '|', value = {
            "1234567   | PLAIN      | 1234567",
            "12.5      | PLAIN      | 12.5",
            "1.234.567 | PLAIN      | 1234567",
            "1.234.567 | VIETNAMESE | 1234567",
            "1.234     | VIETNAMESE | 1234",
            "12,5      | VIETNAMESE | 12.5",
            "1.234,5   | VIETNAMESE | 1234.5",
            "1,234.5   | PLAIN      | 1234.5",
            "1 234 567 | VIETNAMESE | 1234567",
            "-3        | PLAIN      | -3"})
    void readsTheNumbersUnitsType(String text, NumberStyle style, String expected) {
        // given a cell typed as text, when parsed, then the value is exact
        assertThat(Numbers.parse(new SheetRow.Cell(text, false), style)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12a | PLAIN", "không rõ | VIETNAMESE", "12,5 | PLAIN", "1.5 | VIETNAMESE", "1..2 | PLAIN"})
    void refusesWhatIsNotANumberOrCouldMeanTwo(String text, NumberStyle style) {
        assertThatThrownBy(() -> Numbers.parse(new SheetRow.Cell(text, false), style))
                .isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @CsvSource({"1234.5", "1.2E7", "7"})
    void takesStoredSpreadsheetNumbersAsTheyAre(String raw) {
        assertThat(Numbers.parse(new SheetRow.Cell(raw, true), NumberStyle.VIETNAMESE))
                .isEqualByComparingTo(new BigDecimal(raw));
    }

    @org.junit.jupiter.api.Test
    void writesNumbersTheVietnameseWayInMessages() {
        assertThat(Numbers.vietnamese(new BigDecimal("3000000"))).isEqualTo("3.000.000");
        assertThat(Numbers.vietnamese(new BigDecimal("521.7"))).isEqualTo("521,7");
        assertThat(Numbers.vietnamese(new BigDecimal("-1234.5"))).isEqualTo("-1.234,5");
    }
}
