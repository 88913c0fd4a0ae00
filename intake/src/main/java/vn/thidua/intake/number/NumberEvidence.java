package vn.thidua.intake.number;

import java.math.BigDecimal;
import java.util.Objects;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;

/**
 * Decides how one file writes numbers from all of its typed numbers: any that only the Vietnamese way reads
 * (1.234.567, 500.000, 12,5) make it Vietnamese, any that only the decimal-point way reads (12.5,
 * 1,234,567) make it decimal-point. A file with both is refused, and so is one whose only hint is a number
 * like 12,500 that reads two ways: a figure is never scaled by 1000 on a guess. Keeps only the first
 * sighting of each kind, so memory does not grow with the file.
 */
public final class NumberEvidence {

    private record Sighting(NumberText text, CellPlace place) {
    }

    private Sighting vietnamese;
    private Sighting decimalPoint;
    private Sighting ambiguous;

    /**
     * Whether a number of this kind would be noted: only the first of each kind is kept, so a caller names
     * the cell (which costs a string or two) only when this is true.
     */
    public boolean wants(NumberText.Kind kind) {
        return switch (kind) {
            case VIETNAMESE -> vietnamese == null;
            case DECIMAL_POINT -> decimalPoint == null;
            case AMBIGUOUS -> ambiguous == null;
            default -> false;
        };
    }

    public void note(NumberText text, CellPlace place) {
        switch (text.kind()) {
            case VIETNAMESE -> vietnamese = first(vietnamese, text, place);
            case DECIMAL_POINT -> decimalPoint = first(decimalPoint, text, place);
            case AMBIGUOUS -> ambiguous = first(ambiguous, text, place);
            default -> { }
        }
    }

    private static Sighting first(Sighting seen, NumberText text, CellPlace place) {
        return seen != null ? seen : new Sighting(text, place);
    }

    /** The file's style, or the whole file refused with the cells and readings that make it undecidable. */
    public NumberStyle decide() throws FileRefused {
        if (vietnamese != null && decimalPoint != null) {
            throw new FileRefused(mixed());
        }
        if (vietnamese != null) {
            return NumberStyle.VIETNAMESE;
        }
        if (decimalPoint != null) {
            return NumberStyle.DECIMAL_POINT;
        }
        if (ambiguous != null) {
            throw new FileRefused(undecidable());
        }
        return NumberStyle.WHOLE_NUMBERS_ONLY;
    }

    /** The cell that decided the style, for the report ("căn cứ ô C2 “1.240”"); null when none did. */
    public String decidingCell() {
        Sighting by = vietnamese != null ? vietnamese : decimalPoint;
        return by == null ? null : by.place().describe() + " ghi “" + by.text().typed().strip() + "”";
    }

    private Problem mixed() {
        // name the cell whose two readings differ, so the sender sees what is at stake
        Sighting twoWays = vietnamese.text().decimalPoint() != null ? vietnamese : decimalPoint;
        String message = "Tệp ghi số theo hai cách khác nhau: " + vietnamese.place().describe() + " ghi “"
                + vietnamese.text().typed().strip() + "” theo cách Việt Nam (dấu chấm ngăn cách hàng nghìn), còn "
                + decimalPoint.place().describe() + " ghi “" + decimalPoint.text().typed().strip()
                + "” theo cách dùng dấu chấm thập phân. " + readings(twoWays)
                + " Vì không biết chắc, không số liệu nào của tệp được nạp. Hãy ghi mọi số theo cùng một cách"
                + " (hoặc gửi tệp .xlsx) rồi gửi lại.";
        return problem(ProblemCode.NUMBER_STYLES_MIXED, twoWays, message);
    }

    private Problem undecidable() {
        String message = readings(ambiguous) + " Không ô nào khác trong tệp cho biết tệp ghi số theo cách nào,"
                + " nên không số liệu nào của tệp được nạp. Hãy ghi số không có dấu ngăn cách hàng nghìn (ví dụ "
                + ungrouped(ambiguous.text().decimalPoint()) + ") hoặc gửi tệp .xlsx rồi gửi lại.";
        return problem(ProblemCode.AMBIGUOUS_NUMBER, ambiguous, message);
    }

    /** "Ô F5 (cột …) ghi “12,500”: có thể là 12500 hoặc 12,5." with each reading's reason. */
    private static String readings(Sighting sighting) {
        NumberText text = sighting.text();
        String typed = text.typed().strip();
        char separator = typed.contains(",") && !typed.contains(".") ? ',' : '.';
        String head = upper(sighting.place().describe()) + " ghi “" + typed + "”";
        if (text.vietnamese() == null || text.decimalPoint() == null
                || Objects.equals(text.vietnamese(), text.decimalPoint())) {
            BigDecimal only = text.vietnamese() != null ? text.vietnamese() : text.decimalPoint();
            return head + ", tức là " + ungrouped(only) + ".";
        }
        BigDecimal asGrouping = separator == '.' ? text.vietnamese() : text.decimalPoint();
        BigDecimal asDecimal = separator == '.' ? text.decimalPoint() : text.vietnamese();
        String mark = separator == '.' ? "dấu chấm" : "dấu phẩy";
        return head + ": có thể là " + ungrouped(asGrouping) + " (nếu " + mark + " ngăn cách hàng nghìn) hoặc "
                + ungrouped(asDecimal) + " (nếu " + mark + " là dấu thập phân).";
    }

    /** Without grouping, decimal comma: 500000 and 12,5 cannot be misread by anyone. */
    private static String ungrouped(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String upper(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Problem problem(ProblemCode code, Sighting at, String message) {
        // a whole-file refusal has no line or column (contract §2); the message names the cells
        return new Problem(code, null, null, null, at.place().cell(), null, message, at.text().typed());
    }
}
