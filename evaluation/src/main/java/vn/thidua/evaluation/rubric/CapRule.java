package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;

/**
 * At most {@code maxShare} of the graded units of a cluster keep the top grade (rounded down); the others
 * beyond it, in ranking order, get the next grade. A {@code maxShare} of 1 means no cap.
 */
public record CapRule(BigDecimal maxShare) {

    public int allowed(int gradedInCluster) {
        return maxShare.multiply(BigDecimal.valueOf(gradedInCluster)).setScale(0, java.math.RoundingMode.FLOOR)
                .intValueExact();
    }
}
