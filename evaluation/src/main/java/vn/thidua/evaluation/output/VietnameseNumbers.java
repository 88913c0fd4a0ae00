package vn.thidua.evaluation.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as Vietnamese readers write them: 1.234,5 and dd/MM/yyyy. Built on fixed symbols,
 * not the machine's locale, so an export reads the same on every server.
 */
public final class VietnameseNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseNumbers() {
    }

    /** Up to two decimals, trailing zeros dropped: 87,5 — 6 — 1.234,57. */
    public static String plain(double value) {
        return format(value, "#,##0.##");
    }

    /** Points always with two decimals, as the rubric rounds them: 9,17. */
    public static String points(BigDecimal points) {
        return format(points.setScale(2, RoundingMode.HALF_UP).doubleValue(), "#,##0.00");
    }

    /** A share as a percentage: 0,5 → 50%. */
    public static String percent(BigDecimal share) {
        return plain(share.movePointRight(2).doubleValue()) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String format(double value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
