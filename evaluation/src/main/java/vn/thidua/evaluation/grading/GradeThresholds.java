package vn.thidua.evaluation.grading;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.evaluation.rubric.GradeRules;
import vn.thidua.evaluation.scoring.CriterionScore;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.Grade;

/**
 * The grade a total earns by the rubric's thresholds (a total exactly on a threshold reaches it), with
 * the top grade's extra condition: no criterion below its minimum share. The sentence says why.
 */
public final class GradeThresholds {

    public record Outcome(Grade grade, String reason) {
    }

    private final GradeRules rules;

    public GradeThresholds(GradeRules rules) {
        this.rules = rules;
    }

    public Outcome grade(BigDecimal total, List<CriterionScore> scores) {
        String t = "Tổng " + points(total) + " điểm";
        if (total.compareTo(rules.topMin()) >= 0) {
            List<CriterionScore> below = scores.stream().filter(s -> s.below(rules.topMinCriterionShare())).toList();
            if (below.isEmpty()) {
                return new Outcome(Grade.XUAT_SAC, t + " ≥ " + plain(rules.topMin()) + (rules.topMinCriterionShare().signum() > 0
                        ? " và không tiêu chí nào dưới " + rules.topMinCriterionShareVi() + " số điểm" : ""));
            }
            String which = String.join(", ", below.stream().map(s -> s.criterion().code() + " " + s.criterion().labelVi()
                    + " (" + points(s.points()) + "/" + points(s.criterion().points()) + ")").toList());
            return new Outcome(Grade.TOT, t + " ≥ " + plain(rules.topMin()) + " nhưng có tiêu chí dưới "
                    + rules.topMinCriterionShareVi() + " số điểm: " + which);
        }
        if (total.compareTo(rules.goodMin()) >= 0) {
            return new Outcome(Grade.TOT, t + ", từ " + plain(rules.goodMin()) + " đến dưới " + plain(rules.topMin()));
        }
        if (total.compareTo(rules.passMin()) >= 0) {
            return new Outcome(Grade.HOAN_THANH, t + ", từ " + plain(rules.passMin()) + " đến dưới " + plain(rules.goodMin()));
        }
        return new Outcome(Grade.KHONG_HOAN_THANH, t + ", dưới " + plain(rules.passMin()));
    }

    private static String plain(BigDecimal d) {
        return VietnameseFormat.number(d.doubleValue(), 2);
    }

    /** Points always with two decimals, as the rubric rounds them: 9,17. */
    private static String points(BigDecimal points) {
        return VietnameseFormat.fixed(points.doubleValue(), 2);
    }
}
