package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.PhaseRow;

import static vn.thidua.dashboards.data.IndicatorCodes.PARTICIPATION_RATE;
import static vn.thidua.dashboards.data.IndicatorCodes.REPORTING_COMPLETENESS;
import static vn.thidua.dashboards.data.IndicatorCodes.REPORTING_TIMELINESS;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every grassroots union's reporting status per phase, read once from the snapshot's unit rows (contract §4):
 * a unit row exists for every unit open in the phase, {@code units_reporting} is 1 when it sent a file, and
 * {@code reporting_timeliness} is {@code on_time / expected}, so a unit-phase's on-time figure is 0 when its
 * first file came after the deadline. The snapshot has each phase's deadline ({@code phase}) but not when each
 * unit's file came: that a unit was late is known, by how many days is not.
 * @param phases the phases with unit rows, in order (the year, phase 0, is not a reporting phase)
 * @param timelinessKnown the phases whose unit rows say whether a report came on time
 * @param calendar the year's phases with their names and deadlines, by phase (empty in an older snapshot)
 */
public record ReportingIndex(List<Integer> phases, Map<String, Map<Integer, ReportStatus>> byUnit,
                             List<Integer> timelinessKnown, Map<Integer, PhaseRow> calendar) {

    /** The most phases a movement has ever had is two; twelve leaves room for monthly reporting. */
    private static final int MAX_PHASE = 12;

    public ReportingIndex {
        phases = List.copyOf(phases);
        timelinessKnown = List.copyOf(timelinessKnown);
        calendar = Map.copyOf(calendar);
        Map<String, Map<Integer, ReportStatus>> copy = new LinkedHashMap<>();
        byUnit.forEach((unit, statuses) -> copy.put(unit, Collections.unmodifiableMap(new LinkedHashMap<>(statuses))));
        byUnit = Collections.unmodifiableMap(copy);
    }

    public static ReportingIndex of(DashboardData snapshot, int year) {
        TreeSet<Integer> phases = new TreeSet<>();
        TreeSet<Integer> timed = new TreeSet<>();
        Map<String, Map<Integer, ReportStatus>> byUnit = new LinkedHashMap<>();
        for (int phase = 1; phase <= MAX_PHASE; phase++) {
            // completeness is the reporting indicator; participation stands in for a catalogue without it
            List<IndicatorValueRow> reported = snapshot.values(REPORTING_COMPLETENESS, Level.UNIT, phase);
            if (reported.isEmpty()) {
                reported = snapshot.values(PARTICIPATION_RATE, Level.UNIT, phase);
            }
            if (reported.isEmpty()) {
                continue;
            }
            phases.add(phase);
            Map<String, IndicatorValueRow> onTime = snapshot.byOrgUnit(REPORTING_TIMELINESS, Level.UNIT, phase);
            if (!onTime.isEmpty()) {
                timed.add(phase);
            }
            for (IndicatorValueRow row : reported) {
                byUnit.computeIfAbsent(row.orgUnitCode(), k -> new LinkedHashMap<>())
                        .putIfAbsent(phase, status(row, onTime.get(row.orgUnitCode())));
            }
        }
        Map<Integer, PhaseRow> calendar = new LinkedHashMap<>();
        snapshot.phasesOf(year).forEach(p -> calendar.putIfAbsent(p.phase(), p));
        return new ReportingIndex(List.copyOf(phases), byUnit, List.copyOf(timed), calendar);
    }

    /** NOT_EXPECTED when the unit has no row in that phase (it was not open). */
    public ReportStatus status(String unitCode, int phase) {
        return byUnit.getOrDefault(unitCode, Map.of()).getOrDefault(phase, ReportStatus.NOT_EXPECTED);
    }

    static ReportStatus status(IndicatorValueRow row, IndicatorValueRow onTime) {
        if (row.unitsExpected() != null && row.unitsExpected() == 0) {
            return ReportStatus.NOT_EXPECTED;
        }
        boolean reported = row.unitsReporting() != null ? row.unitsReporting() > 0
                : row.value() != null && row.value() > 0;
        if (!reported) {
            return ReportStatus.NOT_REPORTED;
        }
        Double onTimeCount = onTime == null ? null : onTime.numerator() != null ? onTime.numerator() : onTime.value();
        if (onTimeCount == null) {
            return ReportStatus.REPORTED;
        }
        return onTimeCount == 0 ? ReportStatus.LATE : ReportStatus.ON_TIME;
    }
}
