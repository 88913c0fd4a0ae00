package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.vietnamese.VietnameseFormat;

/** Points by steps: the highest step whose {@code from} the value reaches; below the first step, 0. */
public record ThresholdScoring(List<Step> steps) implements Scoring {

    public record Step(double from, BigDecimal points) {
    }

    public ThresholdScoring {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("thresholds cần ít nhất một mức / thresholds need at least one step");
        }
        steps = steps.stream().sorted(Comparator.comparingDouble(Step::from)).toList();
    }

    @Override
    public BigDecimal points(double value, BigDecimal maxPoints) {
        BigDecimal points = BigDecimal.ZERO.setScale(2);
        for (Step step : steps) {
            if (value >= step.from()) {
                points = step.points().setScale(2);
            }
        }
        return points.min(maxPoints.setScale(2));
    }

    @Override
    public String describeVi() {
        return steps.stream()
                .map(s -> "từ " + VietnameseFormat.number(s.from(), 2) + ": " + VietnameseFormat.fixed(s.points().doubleValue(), 2) + " điểm")
                .collect(Collectors.joining("; ")) + "; thấp hơn: 0 điểm";
    }
}
