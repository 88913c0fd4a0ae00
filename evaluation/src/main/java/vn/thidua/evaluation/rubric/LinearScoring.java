package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.thidua.vietnamese.VietnameseFormat;

/**
 * Points rise in a straight line from 0 at {@code zeroAt} to the full points at {@code fullAt}, and stay
 * there beyond it (an achievement of 140% earns no more than 100%). {@code fullAt < zeroAt} scores a
 * figure where less is better.
 */
public record LinearScoring(double zeroAt, double fullAt) implements Scoring {

    public LinearScoring {
        if (zeroAt == fullAt) {
            throw new IllegalArgumentException("zero_at và full_at phải khác nhau / zero_at must differ from full_at");
        }
    }

    @Override
    public BigDecimal points(double value, BigDecimal maxPoints) {
        double share = (value - zeroAt) / (fullAt - zeroAt);
        share = Math.max(0, Math.min(1, share));
        // Rounded once, to hundredths: totals are then exact sums and a threshold of 85 means 85.00.
        return maxPoints.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String describeVi() {
        return "0 điểm khi ≤ " + VietnameseFormat.number(zeroAt, 2) + ", đủ điểm khi ≥ " + VietnameseFormat.number(fullAt, 2)
                + ", tỷ lệ thuận ở giữa";
    }
}
