package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;

/** How an indicator's value becomes a criterion's points: never below 0, never above the criterion's points. */
public sealed interface Scoring permits LinearScoring, ThresholdScoring {

    BigDecimal points(double value, BigDecimal maxPoints);

    /** The rule in Vietnamese, for the explanation sheet ("0 điểm ở 60, đủ điểm từ 90"). */
    String describeVi();
}
