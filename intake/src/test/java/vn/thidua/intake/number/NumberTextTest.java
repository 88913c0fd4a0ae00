package vn.thidua.intake.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    @ParameterizedTest(name = "“{0}” is {1}: Vietnamese {2}, decimal point {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1234567   | PLAIN_DIGITS  | 1234567 | 1234567",
            "-3        | PLAIN_DIGITS  | -3      | -3",
            "1.234.567 | VIETNAMESE    | 1234567 | -",
            "500.000   | VIETNAMESE    | 500000  | 500",
            "1.240     | VIETNAMESE    | 1240    | 1.24",
            "12,5      | VIETNAMESE    | 12.5    | -",
            "1.234,5   | VIETNAMESE    | 1234.5  | -",
            "0,500     | VIETNAMESE    | 0.5     | -",
            "12.5      | DECIMAL_POINT | -       | 12.5",
            "1234.500  | DECIMAL_POINT | -       | 1234.5",
            "0.500     | DECIMAL_POINT | -       | 0.5",
            "1,234,567 | DECIMAL_POINT | -       | 1234567",
            "1,234.5   | DECIMAL_POINT | -       | 1234.5",
            "12,500    | AMBIGUOUS     | 12.5    | 12500",
            "1 234 567 | PLAIN_DIGITS  | 1234567 | 1234567"})
    void knowsWhatATypedNumberSaysAndItsValueEachWay(String typed, NumberText.Kind kind, String vietnamese, String point) {
        NumberText text = NumberText.read(typed);
        assertThat(text.kind()).isEqualTo(kind);
        assertValue(text.vietnamese(), vietnamese);
        assertValue(text.decimalPoint(), point);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12a", "không rõ", "1..2", "1.23.4", "1,2.3,4", ".5", "5.", "1 2", "--3", "1.234,5.6"})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(NumberText.read(typed).kind()).isEqualTo(NumberText.Kind.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @CsvSource({"1234.5", "1.2E7", "7"})
    void takesStoredSpreadsheetNumbersAsTheyAre(String raw) {
        NumberText text = NumberText.stored(raw);
        assertThat(text.kind()).isEqualTo(NumberText.Kind.PLAIN_DIGITS);
        assertThat(text.ownValue()).isEqualByComparingTo(new BigDecimal(raw));
    }

    private static void assertValue(BigDecimal actual, String expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(new BigDecimal(expected));
        }
    }
}
