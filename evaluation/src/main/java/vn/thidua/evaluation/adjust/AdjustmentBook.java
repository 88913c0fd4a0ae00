package vn.thidua.evaluation.adjust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.warehouse.Grade;

/**
 * The adjustments of one run and what became of each line. Checked against the rubric up front (known
 * criterion, points within 0..max, a real grade); the latest line per unit and target (by
 * {@code entered_on}, then line order) is the one in force. The evaluator then applies them and reports
 * the value before and after; a line for a unit that is not graded, or not in the snapshot, is rejected.
 */
public final class AdjustmentBook {

    private final Map<Integer, AdjustmentOutcome> outcomes = new TreeMap<>();
    private final Map<String, Adjustment> inForce = new HashMap<>();

    public AdjustmentBook(List<Adjustment> adjustments, Rubric rubric) {
        Map<String, List<Adjustment>> byKey = new TreeMap<>();
        for (Adjustment a : adjustments) {
            Optional<String> problem = problem(a, rubric);
            if (problem.isPresent()) {
                outcomes.put(a.line(), new AdjustmentOutcome(a, AdjustmentOutcome.Status.REJECTED, problem.get(), null, null));
            } else {
                byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Adjustment> same : byKey.values()) {
            same.sort(Comparator.comparing(Adjustment::enteredOn).thenComparingInt(Adjustment::line));
            Adjustment latest = same.get(same.size() - 1);
            inForce.put(latest.key(), latest);
            for (Adjustment older : same.subList(0, same.size() - 1)) {
                outcomes.put(older.line(), new AdjustmentOutcome(older, AdjustmentOutcome.Status.SUPERSEDED,
                        "thay bằng dòng " + latest.line() + " (" + latest.enteredOn() + ")", null, null));
            }
        }
    }

    private static Optional<String> problem(Adjustment a, Rubric rubric) {
        if (a.isGrade()) {
            try {
                if (!Grade.fromCode(a.newValue()).isGrade()) {
                    return Optional.of("chỉ sửa thành một trong bốn mức xếp loại / only one of the four grades");
                }
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }
        Optional<Criterion> criterion = rubric.criteria().stream().filter(c -> c.code().equals(a.target())).findFirst();
        if (criterion.isEmpty()) {
            return Optional.of("không có tiêu chí '" + a.target() + "' trong bộ tiêu chí " + rubric.version());
        }
        BigDecimal points = parsePoints(a.newValue());
        if (points == null) {
            return Optional.of("điểm mới '" + a.newValue() + "' không phải là số / not a number");
        }
        if (points.signum() < 0 || points.compareTo(criterion.get().points()) > 0) {
            return Optional.of("điểm mới phải từ 0 đến " + criterion.get().points().toPlainString());
        }
        return Optional.empty();
    }

    /** Points as staff type them: 7.5 or 7,5. */
    public static BigDecimal parsePoints(String text) {
        try {
            return new BigDecimal(text.trim().replace(',', '.')).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Optional<Adjustment> criterion(String unitCode, String criterionCode) {
        return Optional.ofNullable(inForce.get(unitCode + "|" + criterionCode.toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<Adjustment> grade(String unitCode) {
        return Optional.ofNullable(inForce.get(unitCode + "|" + Adjustment.GRADE));
    }

    public void applied(Adjustment a, String before, String after) {
        outcomes.put(a.line(), new AdjustmentOutcome(a, AdjustmentOutcome.Status.APPLIED, null, before, after));
    }

    public void rejected(Adjustment a, String why) {
        outcomes.put(a.line(), new AdjustmentOutcome(a, AdjustmentOutcome.Status.REJECTED, why, null, null));
    }

    /** Every line in force for the unit, for a unit that is not graded (its lines are rejected). */
    public List<Adjustment> forUnit(String unitCode) {
        return inForce.values().stream().filter(a -> a.unitCode().equals(unitCode))
                .sorted(Comparator.comparingInt(Adjustment::line)).toList();
    }

    /**
     * Every line, in file order. Lines in force that nobody applied name a unit that is not in the
     * snapshot: they are rejected here.
     */
    public List<AdjustmentOutcome> outcomes() {
        for (Adjustment a : inForce.values()) {
            outcomes.putIfAbsent(a.line(), new AdjustmentOutcome(a, AdjustmentOutcome.Status.REJECTED,
                    "mã đơn vị '" + a.unitCode() + "' không có trong danh sách CĐCS được đánh giá", null, null));
        }
        return List.copyOf(outcomes.values());
    }
}
