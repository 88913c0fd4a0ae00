package vn.thidua.intake.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.number.NumberText;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.vietnamese.VietnameseText;

/**
 * The checks on a unit's figures, all from the catalogue: a metric's bounds (never negative; whole numbers
 * for persons and counts; the catalogue's minimum and maximum) and the cross-field rules of {@code rules.csv}.
 * Each message is a plain sentence that quotes what was typed and what it was read as.
 */
final class FigureChecks {

    private FigureChecks() {
    }

    /** The problem with one value, or null when it is acceptable. */
    static Problem bounds(IntakeCatalogue.Metric metric, NumberText typed, BigDecimal value, Place at) {
        String read = "ô ghi “" + typed.typed().strip() + "”, đọc là " + VietnameseFormat.exact(value) + ".";
        if (value.signum() < 0) {
            return at.problem(ProblemCode.NEGATIVE, metric.labelVi() + " không được âm: " + read, typed.typed());
        }
        if (metric.integral() && value.stripTrailingZeros().scale() > 0) {
            return at.problem(ProblemCode.NOT_INTEGER, metric.labelVi() + " phải là số nguyên: " + read, typed.typed());
        }
        if (metric.min() != null && value.compareTo(metric.min()) < 0
                || metric.max() != null && value.compareTo(metric.max()) > 0) {
            return at.problem(ProblemCode.OUT_OF_BOUNDS, metric.labelVi() + " phải " + range(metric) + ": " + read,
                    typed.typed());
        }
        return null;
    }

    private static String range(IntakeCatalogue.Metric metric) {
        if (metric.min() != null && metric.max() != null) {
            return "từ " + VietnameseFormat.exact(metric.min()) + " đến " + VietnameseFormat.exact(metric.max());
        }
        return metric.min() != null ? "từ " + VietnameseFormat.exact(metric.min()) + " trở lên"
                : "không quá " + VietnameseFormat.exact(metric.max());
    }

    /**
     * "Số đoàn viên đăng ký thi đua (87) lớn hơn số đoàn viên (78)." A rule is checked only when all its
     * metrics have a value.
     */
    static String ruleBroken(IntakeCatalogue catalogue, IntakeCatalogue.Rule rule, Map<String, BigDecimal> figures) {
        BigDecimal left = figures.get(rule.left());
        if (left == null || !rule.right().stream().allMatch(figures::containsKey)) {
            return null;
        }
        BigDecimal right = rule.right().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        int cmp = left.compareTo(right);
        String broken = switch (rule.operator()) {
            case "<=" -> cmp <= 0 ? null : "lớn hơn";
            case "<" -> cmp < 0 ? null : "không nhỏ hơn";
            case ">=" -> cmp >= 0 ? null : "nhỏ hơn";
            case ">" -> cmp > 0 ? null : "không lớn hơn";
            default -> cmp == 0 ? null : "khác";
        };
        if (broken == null) {
            return null;
        }
        List<String> labels = rule.right().stream().map(code -> VietnameseText.lowerFirst(catalogue.metric(code).labelVi()))
                .toList();
        String rightText = labels.size() == 1 ? labels.get(0) : "tổng của " + labels.stream().collect(Collectors.joining(" và "));
        return catalogue.metric(rule.left()).labelVi() + " (" + VietnameseFormat.exact(left) + ") " + broken + " "
                + rightText + " (" + VietnameseFormat.exact(right) + ").";
    }

    /** Where a problem sits in the file, to build it without repeating the coordinates. */
    record Place(long line, String column, String cell, String unitCode) {
        Problem problem(ProblemCode code, String message, String raw) {
            return Problem.at(code, line, column, cell, unitCode, message, raw);
        }
    }
}
