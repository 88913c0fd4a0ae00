package vn.thidua.evaluation.grading;

import java.util.List;

import vn.thidua.evaluation.adjust.AdjustmentOutcome;

/**
 * The outcome of the grading: one entry per grassroots union open in the year (sorted by code), what
 * became of every adjustment line, and how many units of the snapshot were left out because they had
 * closed before the year began.
 */
public record Evaluated(List<UnitEvaluation> units, List<AdjustmentOutcome> adjustments, int closedBeforeYear) {

    public Evaluated {
        units = List.copyOf(units);
        adjustments = List.copyOf(adjustments);
    }
}
