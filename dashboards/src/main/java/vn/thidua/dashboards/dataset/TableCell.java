package vn.thidua.dashboards.dataset;

import vn.thidua.vietnamese.VietnameseFormat;

/**
 * One table cell: the text every reader sees and, for figures, the number behind it with its decimals,
 * so that a spreadsheet gets a real number. A missing figure is the words "chưa có số liệu", never blank.
 */
public record TableCell(String text, Double number, int decimals) {

    public static final String NO_DATA = "chưa có số liệu";
    /** Nothing to compare (a year without a figure): a dash, not a zero. */
    public static final String NO_CHANGE = "—";

    public static TableCell text(String text) {
        return new TableCell(text == null ? "" : text, null, 0);
    }

    public static TableCell percent(Double value) {
        return value == null ? text(NO_DATA) : new TableCell(VietnameseFormat.percent(value), value, 1);
    }

    /** With exactly {@code decimals} decimals ("3,0", not "3"), so that a column of figures lines up. */
    public static TableCell number(Double value, int decimals) {
        if (value == null) {
            return text(NO_DATA);
        }
        java.text.NumberFormat format = VietnameseFormat.numberFormat(decimals);
        format.setMinimumFractionDigits(decimals);
        return new TableCell(format.format(java.math.BigDecimal.valueOf(value)), value, decimals);
    }

    /** Signed, one decimal always, so the column reads "+3,2" / "-1,5" / "0,0". */
    public static TableCell change(Double change) {
        if (change == null) {
            return text(NO_CHANGE);
        }
        java.text.NumberFormat format = VietnameseFormat.numberFormat(1);
        format.setMinimumFractionDigits(1);
        String magnitude = format.format(java.math.BigDecimal.valueOf(Math.abs(change)));
        String text = "0,0".equals(magnitude) ? "0,0" : (change > 0 ? "+" : "-") + magnitude;
        return new TableCell(text, Math.round(change * 10) / 10.0, 1);
    }

    public boolean isNumber() {
        return number != null;
    }
}
