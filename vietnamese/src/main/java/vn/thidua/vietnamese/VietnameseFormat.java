package vn.thidua.vietnamese;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Numbers, money and dates as Vietnamese readers write them: 1.234,5 — 87,4% — 10,3 tỷ đồng — 31/12/2024 —
 * "ngày 05 tháng 12 năm 2026". Every module formats through this class, so a figure reads the same in a
 * message, a chart, a report and a spreadsheet. Rounding is half up (0,25 → 0,3), as readers expect.
 *
 * <p>The symbols are fixed here rather than taken from {@code Locale("vi")}: the JDK's locale data differs
 * between versions and providers (CLDR vs COMPAT), and an official document must not change with the JVM.
 */
public final class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private VietnameseFormat() {
    }

    /**
     * A formatter for places that need a {@link java.text.NumberFormat} (chart axes and labels): at most
     * {@code maxDecimals} decimals, half up. A new instance each time: {@link DecimalFormat} is not thread-safe.
     */
    public static java.text.NumberFormat numberFormat(int maxDecimals) {
        return format(0, maxDecimals);
    }

    /** A new instance each time: {@link DecimalFormat} is not thread-safe. */
    private static DecimalFormat format(int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        symbols.setZeroDigit('0');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** 1234.5 → "1.234,5": at most one decimal, none when the number is whole. */
    public static String number(double value) {
        return number(value, 1);
    }

    /** At most {@code maxDecimals} decimals, trailing zeros dropped. */
    public static String number(double value, int maxDecimals) {
        // BigDecimal.valueOf takes the shortest decimal form, so 87.45 rounds to 87,5 and not 87,4.
        return format(0, maxDecimals).format(BigDecimal.valueOf(value));
    }

    /** Always {@code decimals} decimals, so that a column of figures lines up: 9,10. */
    public static String fixed(double value, int decimals) {
        return format(decimals, decimals).format(BigDecimal.valueOf(value));
    }

    /** Every significant decimal of an exact value, for messages that quote a figure: 3.000.000 — 521,75. */
    public static String exact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return format(0, Math.max(0, stripped.scale())).format(stripped);
    }

    /** A whole count: 12.345. */
    public static String count(long value) {
        return format(0, 0).format(value);
    }

    /** 87.44 → "87,4%": always one decimal, so that a column of rates lines up. */
    public static String percent(double value) {
        return fixed(value, 1) + "%";
    }

    /**
     * Amounts of đồng as people say them: "10,3 tỷ đồng", "850,5 triệu đồng", "500.000 đồng".
     * The exact figure stays in the tables and the spreadsheets.
     */
    public static String money(double dong) {
        double abs = Math.abs(dong);
        if (abs >= 1e9) {
            return number(dong / 1e9) + " tỷ đồng";
        }
        if (abs >= 1e6) {
            return number(dong / 1e6) + " triệu đồng";
        }
        return number(dong, 0) + " đồng";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "16:30 ngày 10/01/2025". */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** The date alone when the time is not known: a time is never made up. */
    public static String dateTime(LocalDate date, LocalTime timeOrNull) {
        return timeOrNull == null ? date(date) : TIME.format(timeOrNull) + " ngày " + date(date);
    }

    /** The date line of an official document: "ngày 05 tháng 12 năm 2026" (two-digit day and month). */
    public static String dateInWords(LocalDate date) {
        return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
