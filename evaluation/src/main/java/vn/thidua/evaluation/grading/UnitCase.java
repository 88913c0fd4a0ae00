package vn.thidua.evaluation.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.input.UnitFigures;
import vn.thidua.evaluation.rubric.ShortlistRule;
import vn.thidua.evaluation.scoring.CriterionScore;
import vn.thidua.warehouse.Grade;

/**
 * One unit while it goes through the steps of a run (eligibility, scores, thresholds, cap, adjustment,
 * rank, shortlist); each step adds its reason. Mutable on purpose and private to this package: the
 * finished, immutable result is {@link UnitEvaluation}.
 */
final class UnitCase {

    private final GrassrootsUnit unit;
    private final UnitFigures figures;
    private String ineligibility;
    private List<CriterionScore> scores = List.of();
    private BigDecimal total;
    private Grade thresholdGrade;
    private Grade grade;
    private boolean capped;
    private Adjustment gradeAdjustment;
    private Integer clusterRank;
    private Integer clusterSize;
    private ShortlistRule shortlist;
    private Integer shortlistPosition;
    private final List<String> reasons = new ArrayList<>();

    UnitCase(GrassrootsUnit unit, UnitFigures figures) {
        this.unit = unit;
        this.figures = figures;
    }

    GrassrootsUnit unit() {
        return unit;
    }

    UnitFigures figures() {
        return figures;
    }

    BigDecimal total() {
        return total;
    }

    Grade grade() {
        return grade;
    }

    /** Has points: eligible and reported. Only these are ranked, capped and shortlisted. */
    boolean scored() {
        return total != null;
    }

    boolean onShortlist() {
        return shortlist != null;
    }

    void ineligible(String why) {
        ineligibility = why;
        grade = Grade.KHONG_XEP_LOAI;
        reasons.add("Không đủ điều kiện xếp loại: " + why);
    }

    void notReported(Grade outcome, int year) {
        grade = outcome;
        reasons.add("Đơn vị không gửi báo cáo nào trong năm " + year + " → " + outcome.labelVi()
                + " (không chấm điểm, không coi là 0 điểm)");
    }

    void scored(List<CriterionScore> criterionScores, BigDecimal sum, Grade byThresholds, String why) {
        scores = List.copyOf(criterionScores);
        total = sum;
        thresholdGrade = byThresholds;
        grade = byThresholds;
        reasons.add(why + " → " + byThresholds.labelVi());
    }

    void capped(String why) {
        capped = true;
        grade = Grade.TOT;
        reasons.add(why + " → " + Grade.TOT.labelVi());
    }

    void gradeAdjusted(Adjustment a, Grade to, String why) {
        gradeAdjustment = a;
        grade = to;
        reasons.add(why);
    }

    void ranked(int rank, int size) {
        clusterRank = rank;
        clusterSize = size;
    }

    void shortlisted(ShortlistRule rule, int position, String why) {
        shortlist = rule;
        shortlistPosition = position;
        reasons.add(why);
    }

    UnitEvaluation finish() {
        return new UnitEvaluation(unit, ineligibility == null, ineligibility, figures.reported(), scores, total,
                thresholdGrade, grade, capped, Optional.ofNullable(gradeAdjustment), clusterRank, clusterSize,
                Optional.ofNullable(shortlist), shortlistPosition, reasons);
    }
}
