package vn.thidua.evaluation.grading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.adjust.AdjustmentBook;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.rubric.RankKey;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.scoring.CriterionScore;
import vn.thidua.evaluation.scoring.UnitScorer;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.Grade;

/**
 * The grading itself, with no I/O: eligibility, scores (with verified point adjustments), thresholds, the
 * cluster cap, verified grade adjustments, cluster ranks and award shortlists, in that order. Every
 * collection is sorted by code, so the same inputs give the same result, row for row.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluated evaluate(EvaluationInputs in) {
        Rubric rubric = in.rubric();
        AdjustmentBook book = new AdjustmentBook(in.adjustments(), rubric);
        UnitScorer scorer = new UnitScorer(rubric, in.snapshot(), book);
        Eligibility eligibility = new Eligibility(rubric.eligibility());
        GradeThresholds thresholds = new GradeThresholds(rubric.grades());
        LocalDate yearStart = LocalDate.of(rubric.year(), 1, 1);

        List<UnitCase> cases = new ArrayList<>();
        int closedBefore = 0;
        for (GrassrootsUnit unit : in.snapshot().units().values()) {
            UnitHistory history = in.histories().get(unit.code());
            if (history != null && history.closedOn() != null && history.closedOn().isBefore(yearStart)) {
                closedBefore++; // not part of this year's movement at all
                continue;
            }
            UnitCase c = new UnitCase(unit, in.snapshot().figures(unit.code()));
            Optional<String> why = eligibility.ineligibility(history, Optional.ofNullable(in.exclusions().get(unit.code())),
                    Optional.ofNullable(in.reorganisations().get(unit.code())));
            if (why.isPresent()) {
                c.ineligible(why.get());
            } else if (!c.figures().reported()) {
                c.notReported(rubric.grades().notReported(), rubric.year());
            } else {
                List<CriterionScore> scores = scorer.score(c.figures());
                BigDecimal total = scores.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                GradeThresholds.Outcome outcome = thresholds.grade(total, scores);
                c.scored(scores, total, outcome.grade(), outcome.reason());
            }
            if (!c.scored()) {
                book.forUnit(unit.code()).forEach(a -> book.rejected(a, "đơn vị không được chấm điểm: "
                        + c.grade().labelVi()));
            }
            cases.add(c);
        }

        Comparator<UnitCase> order = RankOrder.of(rubric.ranking());
        String orderVi = RankKey.describeVi(rubric.ranking());
        Map<String, List<UnitCase>> clusters = new TreeMap<>();
        cases.stream().filter(UnitCase::scored).forEach(c -> clusters.computeIfAbsent(c.unit().cluster(), k -> new ArrayList<>()).add(c));
        rubric.cap().ifPresent(cap -> clusters.values().forEach(scored ->
                ClusterCap.apply(cap, scored.get(0).unit().clusterName(), scored, order, orderVi)));
        cases.stream().filter(UnitCase::scored).forEach(c -> book.grade(c.unit().code()).ifPresent(a -> adjustGrade(c, a, book)));
        clusters.values().forEach(scored -> {
            List<UnitCase> ranked = scored.stream().sorted(order).toList();
            for (int i = 0; i < ranked.size(); i++) {
                ranked.get(i).ranked(i + 1, ranked.size());
            }
        });
        Shortlister.fill(rubric.shortlists(), cases, order);
        return new Evaluated(cases.stream().map(UnitCase::finish).toList(), book.outcomes(), closedBefore);
    }

    /** A verified grade is final: it is applied after the cap and is not itself capped. */
    private static void adjustGrade(UnitCase c, Adjustment a, AdjustmentBook book) {
        Grade to = Grade.fromCode(a.newValue());
        Grade from = c.grade();
        c.gradeAdjusted(a, to, "Phúc tra: sửa mức xếp loại từ \"" + from.labelVi() + "\" thành \"" + to.labelVi() + "\" ("
                + a.reason() + "; " + a.enteredBy() + ", " + VietnameseFormat.date(a.enteredOn()) + ")");
        book.applied(a, from.code(), to.code());
    }
}
