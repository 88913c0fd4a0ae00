package vn.thidua.dashboards.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Vietnamese number, date and sentence conventions: 1.234,5 — 87,4% — 31/12/2024.
 * The symbols are built by hand rather than taken from {@code Locale("vi")}: JDK locale data differs
 * between versions and providers (CLDR vs COMPAT), and a report must not change with the JVM.
 */
public final class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VietnameseFormat() {
    }

    /** A new instance each time: {@link DecimalFormat} is not thread-safe. */
    public static NumberFormat numberFormat(int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        symbols.setZeroDigit('0');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(maxDecimals);
        format.setMinimumFractionDigits(0);
        // Readers expect 0,25 → 0,3 (half up), not the banker's rounding DecimalFormat does by default.
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** 1234.5 → "1.234,5"; at most one decimal, none when the number is whole. */
    public static String number(double value) {
        return number(value, 1);
    }

    public static String number(double value, int maxDecimals) {
        // BigDecimal.valueOf uses the shortest decimal form, so 87.45 rounds to 87,5 and not 87,4.
        return numberFormat(maxDecimals).format(BigDecimal.valueOf(value));
    }

    /** 87.44 → "87,4%": always one decimal so that a column of rates lines up. */
    public static String percent(double value) {
        DecimalFormat format = (DecimalFormat) numberFormat(1);
        format.setMinimumFractionDigits(1);
        return format.format(BigDecimal.valueOf(value)) + "%";
    }

    /**
     * Amounts of đồng as people say them: "10,3 tỷ đồng", "850,5 triệu đồng", "500.000 đồng".
     * The exact figure stays in the tables and the spreadsheet.
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

    /** "Đợt 1", "Đợt 2", and phase 0 is the whole year. */
    public static String phase(int phase) {
        return phase == 0 ? "Cả năm" : "Đợt " + phase;
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    /**
     * "Tỷ lệ … đạt 87,4%, tăng 3,2 điểm so với năm 2023." A rate changes in percentage points.
     * @param changePoints value − previous year's value; null when the previous year is missing
     */
    public static String rateSentence(String label, Double value, Double changePoints, int previousYear) {
        if (value == null) {
            return noData(label);
        }
        String head = label + " đạt " + percent(value);
        if (changePoints == null) {
            return head + ".";
        }
        return head + ", " + movement(changePoints, number(Math.abs(changePoints)) + " điểm", previousYear) + ".";
    }

    /**
     * "Số sáng kiến đăng ký đạt 1.234, tăng 12,3% so với năm 2023." A total changes relatively.
     * @param previous the previous year's value: null means no comparison; 0 cannot give a percentage
     * @param changePct relative change in percent; null when previous is null or 0
     */
    public static String totalSentence(String label, Double value, Double previous, Double changePct,
                                       int previousYear) {
        return totalSentence(label, value == null ? null : number(value),
                previous == null ? null : number(previous), changePct, previousYear);
    }

    /**
     * The same with the figures already written out (money: "10,3 tỷ đồng").
     * @param value null when not reported
     * @param previous null means no comparison
     */
    public static String totalSentence(String label, String value, String previous, Double changePct,
                                       int previousYear) {
        if (value == null) {
            return noData(label);
        }
        String head = label + " đạt " + value;
        if (previous == null) {
            return head + ".";
        }
        if (changePct == null) {
            // Growth from zero has no percentage: give last year's figure instead.
            return head + " (năm " + previousYear + ": " + previous + ").";
        }
        return head + ", " + movement(changePct, number(Math.abs(changePct)) + "%", previousYear) + ".";
    }

    /** Decided on the rounded figure, so that "tăng 0 điểm" can never be printed. */
    private static String movement(double change, String magnitude, int previousYear) {
        String against = " so với năm " + previousYear;
        if (BigDecimal.valueOf(change).setScale(1, RoundingMode.HALF_UP).signum() == 0) {
            return "không đổi" + against;
        }
        return (change > 0 ? "tăng " : "giảm ") + magnitude + against;
    }

    private static String noData(String label) {
        return label + ": chưa có số liệu.";
    }
}
