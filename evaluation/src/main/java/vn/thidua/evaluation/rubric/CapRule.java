package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;

import vn.thidua.vietnamese.VietnameseFormat;

/**
 * At most {@code maxShare} of the graded units of a cluster keep the top grade (rounded down); the others
 * beyond it, in ranking order, get the next grade. A {@code maxShare} of 1 means no cap.
 */
public record CapRule(BigDecimal maxShare) {

    public int allowed(int gradedInCluster) {
        return maxShare.multiply(BigDecimal.valueOf(gradedInCluster)).setScale(0, java.math.RoundingMode.FLOOR)
                .intValueExact();
    }

    /** The share as staff read it: 0.2 → "20%". */
    public String maxShareVi() {
        return VietnameseFormat.number(maxShare.movePointRight(2).doubleValue(), 2) + "%";
    }
}
