package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;

/** One criterion of the rubric: the points one indicator of the snapshot earns, under one of the five contents. */
public record Criterion(String code, int content, String labelVi, String indicator, BigDecimal points,
                        Scoring scoring) {
}
