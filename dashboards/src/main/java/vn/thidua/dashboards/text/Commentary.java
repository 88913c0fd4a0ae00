package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.ComparisonTables;
import vn.thidua.dashboards.dataset.FederationRows;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.PhaseNames;
import vn.thidua.dashboards.dataset.ReferenceLine;
import vn.thidua.dashboards.dataset.YearTexts;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The short commentary under a chart, computed from the same rows as the bars: who leads, who trails,
 * how many rose against last year, how many reached the province's level or the target, who is missing.
 * Leaders read these sentences first; the chart then shows the detail.
 */
public final class Commentary {

    private Commentary() {
    }

    public static List<String> federations(DashboardData snapshot, String code, Map<Integer, List<ComparisonRow>> aligned,
                                    Measure measure, ReferenceLine reference, int year) {
        return federations(snapshot, code, aligned, measure, reference, YearTexts.NONE, year);
    }

    /** @param why this year's reason a figure is missing, where it is not unreported ("không giao chỉ tiêu") */
    public static List<String> federations(DashboardData snapshot, String code, Map<Integer, List<ComparisonRow>> aligned,
                                           Measure measure, ReferenceLine reference, YearTexts why, int year) {
        List<String> out = new ArrayList<>();
        int phase = FederationRows.rankingPhase(aligned);
        List<ComparisonRow> rows = aligned.getOrDefault(phase, List.of()).stream()
                .filter(r -> r.current() != null).toList();
        String when = (phase == 0 ? "Cả năm " : PhaseNames.of(phase) + " năm ") + year;
        if (rows.isEmpty()) {
            out.add(when + ": chưa có số liệu.");
            return out;
        }
        boolean achievement = Labels.achievement(snapshot, code);
        out.add(extremes(when, rows, measure, achievement));
        movement(rows, measure, year).ifPresent(out::add);
        IndicatorValueRow province = snapshot.provinceValue(code, phase).orElse(null);
        if (reference == ReferenceLine.PROVINCE && province != null && province.value() != null) {
            out.add(FigureSentence.of("Mức chung toàn tỉnh", measure, province, year, achievement));
            long atLeast = rows.stream().filter(r -> !below(r.current(), province.value())).count();
            out.add(atLeast + "/" + rows.size() + (achievement ? " đơn vị đạt từ mức chung toàn tỉnh trở lên."
                    : " đơn vị bằng hoặc cao hơn mức chung toàn tỉnh."));
        }
        if (reference == ReferenceLine.TARGET) {
            List<String> below = rows.stream().filter(r -> below(r.current(), 100)).map(Commentary::name).toList();
            out.add((rows.size() - below.size()) + "/" + rows.size() + " đơn vị đạt hoặc vượt chỉ tiêu"
                    + (below.isEmpty() ? "." : below.size() <= 4 ? "; chưa đạt: " + String.join(", ", below) + "."
                    : "."));
        }
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        why.current().forEach((key, reason) -> aligned.getOrDefault(phase, List.of()).stream()
                .filter(r -> r.key().equals(key) && r.current() == null).findFirst()
                .ifPresent(r -> reasons.computeIfAbsent(reason, k -> new ArrayList<>()).add(name(r))));
        reasons.forEach((reason, names) -> out.add(Character.toUpperCase(reason.charAt(0)) + reason.substring(1)
                + " năm " + year + ": " + String.join(", ", names.stream().sorted().toList()) + "."));
        missing(withoutReason(aligned, why), year).ifPresent(out::add);
        return out;
    }

    /** The rows whose missing figure has its own reason are told apart, not as "chưa có số liệu". */
    private static Map<Integer, List<ComparisonRow>> withoutReason(Map<Integer, List<ComparisonRow>> aligned, YearTexts why) {
        Map<Integer, List<ComparisonRow>> out = new LinkedHashMap<>();
        aligned.forEach((phase, rows) -> out.put(phase, rows.stream()
                .filter(r -> r.current() != null || !why.current().containsKey(r.key())).toList()));
        return out;
    }

    public static String extremes(String when, List<ComparisonRow> rows, Measure measure) {
        return extremes(when, rows, measure, true);
    }

    /** @param achievement more is better: a single unit "đạt" its figure; otherwise the figure is stated */
    public static String extremes(String when, List<ComparisonRow> rows, Measure measure, boolean achievement) {
        ComparisonRow top = rows.get(0);
        ComparisonRow bottom = rows.get(rows.size() - 1);
        for (ComparisonRow r : rows) {
            top = r.current() > top.current() ? r : top;
            bottom = r.current() < bottom.current() ? r : bottom;
        }
        if (rows.size() == 1) {
            return when + ": " + name(top) + (achievement ? " đạt " : " là ") + measure.text(top.current()) + ".";
        }
        return when + ": cao nhất là " + name(top) + " (" + measure.text(top.current()) + "), thấp nhất là "
                + name(bottom) + " (" + measure.text(bottom.current()) + ").";
    }

    /** "So với năm 2023: 9 đơn vị tăng, 2 giảm, 1 không đổi." on the rounded change, as the table shows it. */
    public static java.util.Optional<String> movement(List<ComparisonRow> rows, Measure measure, int year) {
        int up = 0;
        int down = 0;
        int same = 0;
        for (ComparisonRow r : rows) {
            Double change = ComparisonTables.change(r, measure);
            if (change == null) {
                continue;
            }
            int sign = BigDecimal.valueOf(change).setScale(1, RoundingMode.HALF_UP).signum();
            if (sign > 0) {
                up++;
            } else if (sign < 0) {
                down++;
            } else {
                same++;
            }
        }
        if (up + down + same == 0) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (up > 0) {
            parts.add(up + " đơn vị tăng");
        }
        if (down > 0) {
            parts.add(down + " đơn vị giảm");
        }
        if (same > 0) {
            parts.add(same + " đơn vị không đổi");
        }
        return java.util.Optional.of("So với năm " + (year - 1) + ": " + String.join(", ", parts) + ".");
    }

    /** "Chưa có số liệu năm 2024: CĐ ngành Y tế (Đợt 2)." — not reported is never read as zero. */
    public static java.util.Optional<String> missing(Map<Integer, List<ComparisonRow>> aligned, int year) {
        Map<String, List<String>> phasesByName = new LinkedHashMap<>();
        aligned.forEach((phase, rows) -> rows.stream().filter(r -> r.current() == null).forEach(r ->
                phasesByName.computeIfAbsent(name(r), k -> new ArrayList<>()).add(
                        phase == 0 ? "cả năm" : PhaseNames.of(phase))));
        if (phasesByName.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        phasesByName.forEach((name, phases) -> parts.add(aligned.size() == 1 ? name
                : name + " (" + String.join(", ", phases) + ")"));
        return java.util.Optional.of("Chưa có số liệu năm " + year + ": " + String.join("; ", parts) + ".");
    }

    /** Below as printed (one decimal): 99,96% reads "100,0%" and has reached the target. */
    private static boolean below(double value, double level) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)
                .compareTo(BigDecimal.valueOf(level).setScale(1, RoundingMode.HALF_UP)) < 0;
    }

    /** Full names read naturally in a sentence; the province's own row is the unions directly under it. */
    public static String name(ComparisonRow r) {
        if (Objects.equals(r.key().label(), UnitNames.DIRECTLY_UNDER_PROVINCE)) {
            return "khối CĐCS trực thuộc LĐLĐ tỉnh";
        }
        return r.fullName();
    }
}
