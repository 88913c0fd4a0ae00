package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TargetCounts;
import vn.thidua.dashboards.dataset.Targets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small target told in counts: "Đạt hoặc vượt chỉ tiêu: 4/11 đơn vị (TP Bắc Kạn 2/1, Ba Bể 1/1, …)", the ones
 * below it with their counts, and apart those that were given no target ("không giao chỉ tiêu") or sent no figure.
 */
public final class TargetSentences {

    private TargetSentences() {
    }

    /** "2/1 · vượt chỉ tiêu", "1/3 · chưa đạt", "không giao chỉ tiêu", "chưa có số liệu". */
    public static String result(TargetCounts.Row r) {
        if (r.standing() == Targets.Standing.NO_TARGET) {
            return Targets.NO_TARGET;
        }
        if (r.ratio() == null) {
            return Measure.COUNT.text(null);
        }
        return r.ratio() + " · " + (r.count() > r.target() ? "vượt chỉ tiêu" : r.met() ? "đạt chỉ tiêu" : "chưa đạt");
    }

    /** Last year's result, from whether its achievement reached 100 % (its target itself is not in the snapshot). */
    public static String previousResult(TargetCounts.Row r) {
        if (r.previousAchievement() != null) {
            return r.previousAchievement() > 100 ? "vượt chỉ tiêu" : r.previousAchievement() >= 100 ? "đạt chỉ tiêu"
                    : "chưa đạt";
        }
        return r.previousStanding() == Targets.Standing.NO_TARGET ? Targets.NO_TARGET : Measure.COUNT.text(null);
    }

    /** @param countLabel what is counted, as the catalogue names it ("Số CĐCS thành lập mới") */
    public static List<String> of(TargetCounts t, String countLabel, int year) {
        List<String> out = new ArrayList<>();
        var p = t.province();
        if (p != null && p.value() != null && p.numerator() != null && p.denominator() != null) {
            out.add("Cả năm " + year + " toàn tỉnh: " + lowerFirst(countLabel) + " " + Measure.COUNT.text(p.numerator())
                    + ", chỉ tiêu " + Measure.COUNT.text(p.denominator()) + ".");
        }
        List<TargetCounts.Row> withTarget = t.rows().stream().filter(r -> r.target() != null).toList();
        if (!withTarget.isEmpty()) {
            List<TargetCounts.Row> met = withTarget.stream().filter(TargetCounts.Row::met).toList();
            out.add("Đạt hoặc vượt chỉ tiêu năm " + year + ": " + met.size() + "/" + withTarget.size() + " đơn vị"
                    + (met.isEmpty() ? "." : " (" + list(met) + ")."));
            List<TargetCounts.Row> below = withTarget.stream().filter(Predicate.not(TargetCounts.Row::met)).toList();
            if (!below.isEmpty()) {
                out.add("Chưa đạt: " + list(below) + ".");
            }
        }
        names(t, Targets.Standing.NO_TARGET).ifPresent(n -> out.add("Không giao chỉ tiêu năm " + year + ": " + n + "."));
        names(t, Targets.Standing.NOT_REPORTED).ifPresent(n -> out.add("Chưa có số liệu năm " + year + ": " + n + "."));
        return out;
    }

    private static String list(List<TargetCounts.Row> rows) {
        return String.join(", ", rows.stream().map(r -> name(r) + " " + r.ratio()).toList());
    }

    private static java.util.Optional<String> names(TargetCounts t, Targets.Standing standing) {
        List<String> names = t.rows().stream().filter(r -> r.target() == null && r.standing() == standing)
                .map(TargetSentences::name).toList();
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", names));
    }

    /** The short name in a list; the unions directly under the province need words, not the axis label. */
    private static String name(TargetCounts.Row r) {
        return UnitNames.DIRECTLY_UNDER_PROVINCE.equals(r.key().label()) ? "khối CĐCS trực thuộc LĐLĐ tỉnh"
                : r.key().label();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
