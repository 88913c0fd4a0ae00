package vn.thidua.evaluation.comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.evaluation.grading.Evaluated;
import vn.thidua.evaluation.grading.EvaluationInputs;
import vn.thidua.evaluation.grading.Evaluator;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.input.Reorganisation;
import vn.thidua.evaluation.input.SnapshotYear;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.rubric.Rubric;

/**
 * Grades the baseline year with this year's rubric, so that "how many units were excellent" compares like
 * with like. Only what belongs to the earlier year is used: units founded after it ended are not part of it;
 * reorganisations after it ended do not count; this year's exclusion list and verification adjustments
 * (phúc tra) are about this year and are not applied.
 */
public final class PreviousYearGrading {

    private PreviousYearGrading() {
    }

    /**
     * @param previous the year before, as the snapshot carries it ({@code SnapshotReader.Years#previousYear})
     * @param rubric   this year's rubric; it is moved back a year here
     */
    public static Evaluated grade(Rubric rubric, SnapshotYear previous, Map<String, UnitHistory> histories,
                                  Map<String, Reorganisation> reorganisations) {
        Rubric earlier = rubric.forPreviousYear();
        LocalDate end = earlier.eligibility().asOf();
        Map<String, GrassrootsUnit> existing = new TreeMap<>();
        previous.units().forEach((code, unit) -> {
            UnitHistory h = histories.get(code);
            if (h == null || h.openedOn() == null || !h.openedOn().isAfter(end)) {
                existing.put(code, unit);
            }
        });
        Map<String, Reorganisation> before = new TreeMap<>();
        reorganisations.forEach((code, r) -> {
            if (!r.on().isAfter(end)) {
                before.put(code, r);
            }
        });
        SnapshotYear baseline = new SnapshotYear(previous.id(), previous.directory(), earlier.year(), previous.createdAt(),
                existing, previous.figures(), previous.indicators());
        return Evaluator.evaluate(new EvaluationInputs(earlier, baseline, histories, Map.of(), before, List.of()));
    }
}
