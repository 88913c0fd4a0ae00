package vn.thidua.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.adjust.AdjustmentBook;
import vn.thidua.evaluation.input.IndicatorInfo;
import vn.thidua.evaluation.input.SnapshotYear;
import vn.thidua.evaluation.input.UnitFigures;
import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * Scores every criterion of a unit that reported: the indicator's whole-year value through the
 * criterion's formula, or 0 with "không có số liệu" when the unit reported but not that figure; then a
 * verified adjustment, if one is in force, replaces the points (both are kept).
 */
public final class UnitScorer {

    private final Rubric rubric;
    private final SnapshotYear snapshot;
    private final AdjustmentBook adjustments;

    public UnitScorer(Rubric rubric, SnapshotYear snapshot, AdjustmentBook adjustments) {
        this.rubric = rubric;
        this.snapshot = snapshot;
        this.adjustments = adjustments;
    }

    public List<CriterionScore> score(UnitFigures figures) {
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            Optional<Double> value = figures.value(c.indicator());
            BigDecimal computed = value.map(v -> c.scoring().points(v, c.points())).orElse(BigDecimal.ZERO.setScale(2));
            String evidence = evidence(c, value, computed);
            Optional<Adjustment> adjustment = adjustments.criterion(figures.unitCode(), c.code());
            BigDecimal points = computed;
            if (adjustment.isPresent()) {
                Adjustment a = adjustment.get();
                points = AdjustmentBook.parsePoints(a.newValue());
                evidence += "; phúc tra: " + points(computed) + " → " + points(points)
                        + " điểm (" + a.reason() + "; " + a.enteredBy() + ", " + VietnameseFormat.date(a.enteredOn()) + ")";
                adjustments.applied(a, computed.toPlainString(), points.toPlainString());
            }
            scores.add(new CriterionScore(c, value.orElse(null), computed, points, evidence, adjustment));
        }
        return scores;
    }

    private String evidence(Criterion c, Optional<Double> value, BigDecimal points) {
        IndicatorInfo indicator = snapshot.indicator(c.indicator());
        String figure = value.map(indicator::format).orElse("không có số liệu");
        return indicator.labelVi() + ": " + figure + " → " + points(points) + "/"
                + points(c.points()) + " điểm (" + c.scoring().describeVi() + ")";
    }

    /** Points always with two decimals, as the rubric rounds them: 9,17. */
    private static String points(BigDecimal points) {
        return VietnameseFormat.fixed(points.doubleValue(), 2);
    }
}
