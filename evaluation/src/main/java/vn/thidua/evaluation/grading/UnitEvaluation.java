package vn.thidua.evaluation.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.rubric.ShortlistRule;
import vn.thidua.evaluation.scoring.CriterionScore;
import vn.thidua.warehouse.Grade;

/**
 * The outcome for one grassroots union, and why. {@code total}, {@code thresholdGrade}, the ranks and the
 * scores are absent for a unit that was not scored (not eligible, or no report). {@code thresholdGrade} is
 * what the thresholds gave; {@code grade} is final, after the cluster cap and a verified grade adjustment.
 * {@code shortlistPosition} is the unit's place on its list within its scope (1 = first proposed).
 * {@code reasons} are the sentences of the "why this grade" sheet, in the order the steps ran.
 */
public record UnitEvaluation(GrassrootsUnit unit, boolean eligible, String ineligibility, boolean reported,
                             List<CriterionScore> scores, BigDecimal total, Grade thresholdGrade, Grade grade,
                             boolean capped, Optional<Adjustment> gradeAdjustment, Integer clusterRank,
                             Integer clusterSize, Optional<ShortlistRule> shortlist, Integer shortlistPosition,
                             List<String> reasons) {

    public UnitEvaluation {
        scores = List.copyOf(scores);
        reasons = List.copyOf(reasons);
    }

    public boolean adjusted() {
        return gradeAdjustment.isPresent() || scores.stream().anyMatch(s -> s.adjustment().isPresent());
    }
}
