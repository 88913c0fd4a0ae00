package vn.thidua.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.rubric.Criterion;

/**
 * One criterion of one unit: the indicator value it was scored from ({@code null}: no figure), the
 * points the rubric gives, the points that count (different only after a verified adjustment), and the
 * evidence in words.
 */
public record CriterionScore(Criterion criterion, Double indicatorValue, BigDecimal computedPoints, BigDecimal points,
                             String evidence, Optional<Adjustment> adjustment) {

    /** Points over the criterion's maximum, 0..1, to four decimals. */
    public BigDecimal share() {
        return points.divide(criterion.points(), 4, RoundingMode.HALF_UP);
    }

    /** Below the minimum share the top grade asks of every criterion (exactly on it is not below). */
    public boolean below(BigDecimal minShare) {
        return points.compareTo(criterion.points().multiply(minShare)) < 0;
    }
}
