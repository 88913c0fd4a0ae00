package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Federation-level rows of one indicator and phase, with short axis labels, and their shared order. */
public final class FederationRows {

    private FederationRows() {
    }

    public static List<ComparisonRow> of(DashboardData snapshot, String indicatorCode, int phase) {
        String provinceCode = snapshot.provinceCode().orElse(null);
        return snapshot.values(indicatorCode, Level.FEDERATION, phase).stream()
                .map(v -> row(v, provinceCode))
                .toList();
    }

    /** One federation row with its short axis label and its full name. */
    public static ComparisonRow row(IndicatorValueRow v, String provinceCode) {
        String shortName = UnitNames.shortName(v.orgUnitCode(), v.orgUnitName(), provinceCode);
        String fullName = fullName(v.orgUnitCode(), v.orgUnitName(), provinceCode);
        return new ComparisonRow(new CategoryKey(v.orgUnitCode(), shortName), fullName, v.previousValue(), v.value());
    }

    /** The name tables print: the province's own row is the unions directly under it, not the province. */
    public static String fullName(String code, String name, String provinceCode) {
        return code.equals(provinceCode)
                ? UnitNames.DIRECTLY_UNDER_PROVINCE + " (CĐCS trực thuộc LĐLĐ tỉnh)"
                : UnitNames.tidy(name == null ? code : name);
    }

    /** Highest current value first (horizontal bars draw the first category on top); missing last. */
    public static Comparator<ComparisonRow> byCurrentDescending() {
        return Comparator.comparing(ComparisonRow::current, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.key().id());
    }

    /**
     * All federations seen in any phase, ranked by the whole year when it has figures, else by the latest
     * phase that has (weakest at the bottom): every panel then lists them in the same order.
     */
    public static List<CategoryKey> rankingOrder(Map<Integer, List<ComparisonRow>> byPhase) {
        int rankingPhase = rankingPhase(byPhase);
        Map<CategoryKey, ComparisonRow> ranked = new LinkedHashMap<>();
        byPhase.getOrDefault(rankingPhase, List.of()).forEach(r -> ranked.put(r.key(), r));
        byPhase.values().forEach(rows -> rows.forEach(r -> ranked.putIfAbsent(r.key(),
                new ComparisonRow(r.key(), r.fullName(), null, null))));
        return ranked.values().stream().sorted(byCurrentDescending()).map(ComparisonRow::key).toList();
    }

    public static int rankingPhase(Map<Integer, List<ComparisonRow>> byPhase) {
        List<Integer> phases = new ArrayList<>(byPhase.keySet());
        // the year (0) first, then the latest phase
        phases.sort(Comparator.comparing((Integer p) -> p != 0).thenComparing(Comparator.reverseOrder()));
        return phases.stream()
                .filter(p -> byPhase.get(p).stream().anyMatch(r -> r.current() != null))
                .findFirst().orElse(phases.isEmpty() ? 0 : phases.get(0));
    }

    /** Every panel lists every federation in the same order, with no bar where a phase lacks a figure. */
    public static List<ComparisonRow> aligned(List<ComparisonRow> rows, List<CategoryKey> order) {
        Map<CategoryKey, ComparisonRow> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.putIfAbsent(r.key(), r));
        Map<CategoryKey, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.putIfAbsent(r.key(), r.fullName()));
        return order.stream()
                .map(k -> byKey.getOrDefault(k, new ComparisonRow(k, names.getOrDefault(k, k.label()), null, null)))
                .toList();
    }
}
