package vn.thidua.evaluation.output;

import java.math.BigDecimal;

import vn.thidua.spreadsheet.SafeCellText;
import vn.thidua.vietnamese.VietnameseFormat;

/** A cell of an export: text, or a number written with a fixed count of decimals. {@code null} is an empty cell. */
public record Cell(String text, Double number, int decimals) {

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, 0);
    }

    public static Cell integer(Integer n) {
        return n == null ? text("") : new Cell(null, n.doubleValue(), 0);
    }

    public static Cell points(BigDecimal points) {
        return points == null ? text("") : new Cell(null, points.doubleValue(), 2);
    }

    public static Cell decimal(Double value) {
        return value == null ? text("") : new Cell(null, value, 2);
    }

    public boolean isNumber() {
        return number != null;
    }

    /** The cell as a CSV or explanation text: Vietnamese number format, formula-safe text. */
    public String display() {
        if (!isNumber()) {
            return SafeCellText.of(text);
        }
        return decimals == 0 ? VietnameseFormat.number(number, 2) : VietnameseFormat.fixed(number, decimals);
    }
}
