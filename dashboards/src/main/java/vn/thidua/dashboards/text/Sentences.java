package vn.thidua.dashboards.text;

import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.manifest.Manifest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two sentences every figure is told in: a rate changes in percentage points ("đạt 87,4%, tăng 3,2 điểm so
 * với năm 2023"), a total relatively ("đạt 1.234, tăng 12,3% so với năm 2023"). The movement is decided on the
 * rounded figure, so "tăng 0 điểm" can never be printed.
 */
public final class Sentences {

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
        if (value == null) {
            return noData(label);
        }
        String head = label + " đạt " + VietnameseFormat.percent(value);
        if (changePoints == null) {
            return head + ".";
        }
        return head + ", " + movement(changePoints, VietnameseFormat.number(Math.abs(changePoints)) + " điểm", previousYear)
                + ".";
    }

    /**
     * @param previous  the previous year's value: null means no comparison; 0 cannot give a percentage
     * @param changePct relative change in percent; null when previous is null or 0
     */
    public static String total(String label, Double value, Double previous, Double changePct, int previousYear) {
        return total(label, value == null ? null : VietnameseFormat.number(value),
                previous == null ? null : VietnameseFormat.number(previous), changePct, previousYear);
    }

    /** The same with the figures already written out (money: "10,3 tỷ đồng"). */
    public static String total(String label, String value, String previous, Double changePct, int previousYear) {
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
        return head + ", " + movement(changePct, VietnameseFormat.number(Math.abs(changePct)) + "%", previousYear) + ".";
    }

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
