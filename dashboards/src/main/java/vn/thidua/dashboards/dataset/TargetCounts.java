package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A small target as counts per federation for the whole year: how many were founded against how many were asked
 * ("2/1"), this year and last. The snapshot holds this year's target (the achievement's denominator) but not last
 * year's: last year is told by its count and whether the target was reached, never by a guessed target.
 *
 * @param province the province's achievement row for the year (its numerator and target), null when absent
 */
public record TargetCounts(String achievementCode, String countCode, List<Row> rows, IndicatorValueRow province) {

    /**
     * One federation. {@code previousAchievement} is last year's achievement in per cent (only whether it reached
     * 100 is told), {@code target} this year's target; each standing says why a figure may be missing.
     */
    public record Row(CategoryKey key, String fullName, Double previousCount, Double previousAchievement,
                      Targets.Standing previousStanding, Double count, Double target, Targets.Standing standing) {

        /** "2/1" — the count against the target; null without a target. */
        public String ratio() {
            return target == null || count == null ? null
                    : Measure.COUNT.text(count) + "/" + Measure.COUNT.text(target);
        }

        public boolean met() {
            return target != null && count != null && count >= target;
        }
    }

    public TargetCounts {
        rows = List.copyOf(rows);
    }

    /** Federations first by how far they went (count over target), those without a figure last. */
    public static TargetCounts of(DashboardData snapshot, String achievementCode) {
        String countCode = Targets.counted(achievementCode).orElseThrow();
        String provinceCode = snapshot.provinceCode().orElse(null);
        Map<String, IndicatorValueRow> counts = snapshot.byOrgUnit(countCode, Level.FEDERATION, IndicatorValueRow.WHOLE_YEAR);
        List<Row> rows = new ArrayList<>();
        for (IndicatorValueRow a : snapshot.values(achievementCode, Level.FEDERATION, IndicatorValueRow.WHOLE_YEAR)) {
            String code = a.orgUnitCode();
            IndicatorValueRow c = counts.get(code);
            boolean measured = a.value() != null && a.denominator() != null;
            Double count = measured ? a.numerator() : c == null ? null : c.value();
            ComparisonRow names = FederationRows.row(a, provinceCode);
            rows.add(new Row(names.key(), names.fullName(), c == null ? null : c.previousValue(), a.previousValue(),
                    Targets.previousStanding(snapshot, achievementCode, Level.FEDERATION, code), count,
                    measured ? a.denominator() : null, Targets.standing(snapshot, achievementCode, Level.FEDERATION, code)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.target() == null ? null : r.count() / r.target(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::count, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.key().id()));
        return new TargetCounts(achievementCode, countCode, rows,
                snapshot.provinceValue(achievementCode, IndicatorValueRow.WHOLE_YEAR).orElse(null));
    }
}
