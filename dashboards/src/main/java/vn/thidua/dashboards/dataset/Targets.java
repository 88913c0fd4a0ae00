package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import static vn.thidua.dashboards.data.IndicatorCodes.*;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a unit or federation stands against a target set for the year (contract §1, §4: an achievement indicator is a
 * year figure only, null when the unit has no target or is missing a phase). "No target" and "not reported" are
 * different facts and read differently — "không giao chỉ tiêu", never 0 % — so they are told apart here from the
 * count behind the target: known in every phase the unit was open, yet no achievement, means no target was set.
 */
public final class Targets {

    /** What a unit's achievement of a target rests on. */
    public enum Standing { MEASURED, NO_TARGET, NOT_REPORTED }

    /** "Không giao chỉ tiêu": how a missing achievement reads when no target was set. */
    public static final String NO_TARGET = "không giao chỉ tiêu";

    /**
     * Targets of this size or smaller are read as counts ("2/1"): one union more or less moves the rate by ten points
     * or more, so 200 % or 0 % would say more than the facts.
     */
    public static final double SMALL_TARGET = 10;

    /** The count each achievement indicator sets against its target (indicators.csv: numerator over target.x). */
    public static final Map<String, String> COUNTED = Map.of(
            MEMBERS_ADMITTED_ACHIEVEMENT, MEMBERS_ADMITTED,
            INITIATIVES_ACHIEVEMENT, INITIATIVES_REGISTERED,
            UNIONS_FOUNDED_ACHIEVEMENT, UNIONS_FOUNDED);

    private static final int MAX_PHASES = 12;

    private Targets() {
    }

    public static Optional<String> counted(String achievementCode) {
        return Optional.ofNullable(COUNTED.get(achievementCode));
    }

    /** This year's standing of one org unit at one level. */
    public static Standing standing(DashboardData snapshot, String achievementCode, Level level, String orgCode) {
        return standing(snapshot, achievementCode, level, orgCode, IndicatorValueRow::value);
    }

    /** The previous year's, from the same rows' previous-year values. */
    public static Standing previousStanding(DashboardData snapshot, String achievementCode, Level level, String orgCode) {
        return standing(snapshot, achievementCode, level, orgCode, IndicatorValueRow::previousValue);
    }

    private static Standing standing(DashboardData snapshot, String achievementCode, Level level, String orgCode,
                                     Function<IndicatorValueRow, Double> figure) {
        IndicatorValueRow year = snapshot.byOrgUnit(achievementCode, level, IndicatorValueRow.WHOLE_YEAR).get(orgCode);
        if (year != null && figure.apply(year) != null) {
            return Standing.MEASURED;
        }
        return withoutTarget(snapshot, achievementCode, level, Set.of(orgCode), figure).isEmpty()
                ? Standing.NOT_REPORTED : Standing.NO_TARGET;
    }

    /**
     * Of {@code orgCodes}, those given no target this year: no achievement, yet the count known in every phase they
     * were open (a missing phase would also leave the achievement empty, and that is "chưa có số liệu"). One pass
     * over the phase rows, for a whole table of units.
     */
    public static Set<String> withoutTarget(DashboardData snapshot, String achievementCode, Level level,
                                            Collection<String> orgCodes) {
        return withoutTarget(snapshot, achievementCode, level, orgCodes, IndicatorValueRow::value);
    }

    private static Set<String> withoutTarget(DashboardData snapshot, String achievementCode, Level level,
                                             Collection<String> orgCodes, Function<IndicatorValueRow, Double> figure) {
        String count = COUNTED.get(achievementCode);
        Set<String> candidates = new HashSet<>(orgCodes);
        snapshot.values(achievementCode, level, IndicatorValueRow.WHOLE_YEAR).stream()
                .filter(v -> figure.apply(v) != null).forEach(v -> candidates.remove(v.orgUnitCode()));
        if (count == null || candidates.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>();
        Set<String> missing = new HashSet<>();
        for (int phase = 1; phase <= MAX_PHASES; phase++) {
            for (IndicatorValueRow row : snapshot.values(count, level, phase)) {
                boolean open = level != Level.UNIT || row.unitsExpected() == null || row.unitsExpected() > 0;
                if (!open || !candidates.contains(row.orgUnitCode())) {
                    continue; // a phase the unit was not open in asks nothing of it
                }
                (figure.apply(row) == null ? missing : known).add(row.orgUnitCode());
            }
        }
        known.removeAll(missing);
        return known;
    }

    /** Whether every target at this level is small enough to be read as a count (and there is at least one). */
    public static boolean small(DashboardData snapshot, String achievementCode, Level level) {
        List<Double> targets = snapshot.values(achievementCode, level, IndicatorValueRow.WHOLE_YEAR).stream()
                .filter(v -> v.value() != null && v.denominator() != null).map(IndicatorValueRow::denominator).toList();
        return !targets.isEmpty() && targets.stream().allMatch(t -> t <= SMALL_TARGET);
    }
}
