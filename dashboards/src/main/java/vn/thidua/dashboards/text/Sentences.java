package vn.thidua.dashboards.text;

import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.manifest.Manifest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two sentences every figure is told in: a rate changes in percentage points ("đạt 87,4%, tăng 3,2 điểm so
 * với năm 2023"), a total relatively ("đạt 1.234, tăng 12,3% so với năm 2023"). "đạt" only where more is better
 * (the indicator's direction); other figures are stated ("Số CĐCS giải thể là 5, tăng 150,0% so với năm 2023").
 * The movement is decided on the rounded figure, so "tăng 0,0 điểm" can never be printed.
 */
public final class Sentences {

    /** A label that already says "đạt" ("Tỷ lệ CĐCS đạt chỉ tiêu …"). */
    private static final java.util.regex.Pattern SAYS_REACHED = java.util.regex.Pattern.compile("(?U)\\bđạt\\b");

    private Sentences() {
    }

    /**
     * When the last file counted was received: "lúc 16:30 ngày 10/01/2025", or "ngày 14/01/2025" when only its
     * date is known (a time is never made up); null before any file.
     */
    public static String dataCutoff(Manifest manifest) {
        java.time.LocalDateTime cutoff = Manifest.inVietnam(manifest.dataCutoff());
        if (cutoff == null) {
            return null;
        }
        return manifest.dataCutoffTimeKnown() ? "lúc " + VietnameseFormat.dateTime(cutoff)
                : "ngày " + VietnameseFormat.date(cutoff.toLocalDate());
    }

    /** @param changePoints value − previous year's value; null when the previous year is missing */
    public static String rate(String label, Double value, Double changePoints, int previousYear) {
        return rate(label, value, changePoints, previousYear, true);
    }

    /**
     * @param achievement whether more is better (the indicator's direction): only then is the figure "đạt";
     *                    a count of dissolutions or of people in hardship is stated, not praised ("là")
     */
    public static String rate(String label, Double value, Double changePoints, int previousYear, boolean achievement) {
        if (value == null) {
            return noData(label);
        }
        String head = label + verb(label, achievement) + VietnameseFormat.percent(value);
        if (changePoints == null) {
            return head + ".";
        }
        return head + ", " + movement(changePoints, " điểm", previousYear) + ".";
    }

    /**
     * @param previous  the previous year's value: null means no comparison; 0 cannot give a percentage
     * @param changePct relative change in percent; null when previous is null or 0
     */
    public static String total(String label, Double value, Double previous, Double changePct, int previousYear) {
        return total(label, value, previous, changePct, previousYear, true);
    }

    /** The same, said with "đạt" only when {@code achievement}. */
    public static String total(String label, Double value, Double previous, Double changePct, int previousYear,
                               boolean achievement) {
        return total(label, value == null ? null : VietnameseFormat.number(value),
                previous == null ? null : VietnameseFormat.number(previous), changePct, previousYear, achievement);
    }

    /** The same with the figures already written out (money: "10,3 tỷ đồng"). */
    public static String total(String label, String value, String previous, Double changePct, int previousYear) {
        return total(label, value, previous, changePct, previousYear, true);
    }

    public static String total(String label, String value, String previous, Double changePct, int previousYear,
                               boolean achievement) {
        if (value == null) {
            return noData(label);
        }
        String head = label + verb(label, achievement) + value;
        if (previous == null) {
            return head + ".";
        }
        if (changePct == null) {
            // Growth from zero has no percentage: give last year's figure instead.
            return head + " (năm " + previousYear + ": " + previous + ").";
        }
        return head + ", " + movement(changePct, "%", previousYear) + ".";
    }

    /**
     * "tăng 9,0% so với năm 2023", "giảm 1,5 điểm …", "không đổi …": always one decimal, so that a change reads
     * like the figures beside it (9,0% next to 9,1%), and the word follows the printed figure, so that
     * "tăng 0,0" can never be written.
     */
    public static String movement(double change, String unit, int previousYear) {
        String against = " so với năm " + previousYear;
        BigDecimal rounded = BigDecimal.valueOf(change).setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "không đổi" + against;
        }
        return (change > 0 ? "tăng " : "giảm ") + VietnameseFormat.fixed(Math.abs(change), 1) + unit + against;
    }

    /** "Tỷ lệ CĐCS đạt chỉ tiêu … là 53,8%", not "… đạt chỉ tiêu … đạt 53,8%". */
    private static String verb(String label, boolean achievement) {
        return achievement && !SAYS_REACHED.matcher(label).find() ? " đạt " : " là ";
    }

    private static String noData(String label) {
        return label + ": chưa có số liệu.";
    }
}
