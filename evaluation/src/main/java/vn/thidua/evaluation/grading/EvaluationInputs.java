package vn.thidua.evaluation.grading;

import java.util.List;
import java.util.Map;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.input.Exclusion;
import vn.thidua.evaluation.input.Reorganisation;
import vn.thidua.evaluation.input.SnapshotYear;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.rubric.Rubric;

/** Everything a run decides from, already read: the same inputs always give the same grades. */
public record EvaluationInputs(Rubric rubric, SnapshotYear snapshot, Map<String, UnitHistory> histories,
                               Map<String, Exclusion> exclusions, Map<String, Reorganisation> reorganisations,
                               List<Adjustment> adjustments) {
}
