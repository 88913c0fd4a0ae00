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

    /**
     * The problem with one value, or null when it is acceptable. The cell is named (a few strings) only for a
     * problem: most values have none, and a national phase checks millions of them.
     */
    static <D> Problem bounds(IntakeCatalogue.Metric metric, NumberText typed, BigDecimal value, int m, D draft,
                              PlaceOf<D> places) {
        ProblemCode code = null;
        String rule = null;
        if (value.signum() < 0) {
            code = ProblemCode.NEGATIVE;
            rule = " không được âm: ";
        } else if (metric.integral() && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            code = ProblemCode.NOT_INTEGER;
            rule = " phải là số nguyên: ";
        } else if (metric.min() != null && value.compareTo(metric.min()) < 0
                || metric.max() != null && value.compareTo(metric.max()) > 0) {
            code = ProblemCode.OUT_OF_BOUNDS;
            rule = " phải " + range(metric) + ": ";
        }
        if (code == null) {
            return null;
        }
        String read = "ô ghi “" + typed.typed().strip() + "”, đọc là " + VietnameseFormat.exact(value) + ".";
        return places.place(draft, m).problem(code, metric.labelVi() + rule + read, typed.typed());
    }

    /** Names the place of the m-th metric cell of a row. */
    @FunctionalInterface
    interface PlaceOf<D> {
        Place place(D draft, int m);
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
