package vn.thidua.intake.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.ProblemCode;

class NumberEvidenceTest {

    @Test
    void groupedOrDecimalCommaNumbersMakeAFileVietnamese() throws Exception {
        // given
        NumberEvidence evidence = new NumberEvidence();
        evidence.note(NumberText.read("87"), at(2, "C"));
        evidence.note(NumberText.read("500.000"), at(2, "F"));
        evidence.note(NumberText.read("12,500"), at(3, "F"));
        // when / then
        assertThat(evidence.decide()).isEqualTo(NumberStyle.VIETNAMESE);
        assertThat(evidence.decidingCell()).isEqualTo("ô F2 (cột Số tiền hỗ trợ Tết (đồng)) ghi “500.000”");
        assertThat(NumberText.read("12,500").in(NumberStyle.VIETNAMESE)).isEqualByComparingTo("12.5");
    }

    @Test
    void decimalPointNumbersMakeAFileDecimalPoint() throws Exception {
        NumberEvidence evidence = new NumberEvidence();
        evidence.note(NumberText.read("1,234,567"), at(4, "F"));
        evidence.note(NumberText.read("12,500"), at(5, "F"));
        assertThat(evidence.decide()).isEqualTo(NumberStyle.DECIMAL_POINT);
        assertThat(NumberText.read("12,500").in(NumberStyle.DECIMAL_POINT)).isEqualByComparingTo("12500");
    }

    @Test
    void aFileWithBothWaysIsRefusedNamingTheCellAndBothReadings() {
        // given 500.000 đồng beside a decimal point: the same file cannot mean both
        NumberEvidence evidence = new NumberEvidence();
        evidence.note(NumberText.read("500.000"), at(7, "F"));
        evidence.note(NumberText.read("12.5"), at(9, "C"));
        // when / then
        assertThatThrownBy(evidence::decide).isInstanceOfSatisfying(FileRefused.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.NUMBER_STYLES_MIXED);
            assertThat(e.problem().rawValue()).isEqualTo("500.000");
            assertThat(e.getMessage())
                    .contains("ô F7 (cột Số tiền hỗ trợ Tết (đồng)) ghi “500.000”")
                    .contains("ô C9 (cột Số tiền hỗ trợ Tết (đồng)) ghi “12.5”")
                    .contains("có thể là 500000 (nếu dấu chấm ngăn cách hàng nghìn) hoặc 500 (nếu dấu chấm là dấu thập phân)")
                    .contains("không số liệu nào của tệp được nạp");
        });
    }

    @Test
    void aNumberThatReadsTwoWaysWithNothingElseToDecideIsRefused() {
        NumberEvidence evidence = new NumberEvidence();
        evidence.note(NumberText.read("40"), at(2, "C"));
        evidence.note(NumberText.read("12,500"), at(5, "F"));
        assertThatThrownBy(evidence::decide).isInstanceOfSatisfying(FileRefused.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.AMBIGUOUS_NUMBER);
            assertThat(e.problem().line()).as("a whole-file refusal has no line").isNull();
            assertThat(e.getMessage()).startsWith("Ô F5 (cột Số tiền hỗ trợ Tết (đồng)) ghi “12,500”: có thể là 12500"
                    + " (nếu dấu phẩy ngăn cách hàng nghìn) hoặc 12,5 (nếu dấu phẩy là dấu thập phân).");
        });
    }

    @Test
    void wholeNumbersAloneNeedNoDecision() throws Exception {
        NumberEvidence evidence = new NumberEvidence();
        evidence.note(NumberText.read("1240"), at(2, "C"));
        assertThat(evidence.decide()).isEqualTo(NumberStyle.WHOLE_NUMBERS_ONLY);
        assertThat(evidence.decidingCell()).isNull();
    }

    private static CellPlace at(long line, String column) {
        return new CellPlace(line, "Số tiền hỗ trợ Tết (đồng)", column + line);
    }
}
