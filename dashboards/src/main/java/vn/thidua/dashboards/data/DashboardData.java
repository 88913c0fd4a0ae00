package vn.thidua.dashboards.data;

import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.MovementRow;
import vn.thidua.warehouse.snapshot.PhaseRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the dashboard needs from one published run, read once. The directory is the resolved
 * target of {@code current}, so a run published while we render cannot mix two snapshots; the year-end
 * evaluation's grade counts are those of this snapshot id.
 */
public record DashboardData(
        String id,
        Path directory,
        Manifest manifest,
        List<IndicatorValueRow> values,
        Map<String, IndicatorRow> indicators,
        Map<String, OrgUnitRow> orgUnits,
        Map<String, List<IndicatorValueRow>> index,
        Grades grades,
        Map<Integer, MovementRow> movements,
        List<PhaseRow> phases) {

    /** Copies keep the file order (rows, units): charts and tables must not change from run to run. */
    public DashboardData {
        values = List.copyOf(values);
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        orgUnits = Collections.unmodifiableMap(new LinkedHashMap<>(orgUnits));
        index = Map.copyOf(index);
        grades = grades == null ? Grades.NONE : grades;
        movements = movements == null ? Map.of() : Map.copyOf(movements);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /**
     * Indexes the rows by indicator, level and phase: a national snapshot has millions of them.
     * {@code grades}: the year-end evaluation of this snapshot, {@link Grades#NONE} before it ran.
     */
    public DashboardData(String id, Path directory, Manifest manifest, List<IndicatorValueRow> values,
                    Map<String, IndicatorRow> indicators, Map<String, OrgUnitRow> orgUnits, Grades grades,
                    Map<Integer, MovementRow> movements, List<PhaseRow> phases) {
        this(id, directory, manifest, values, indicators, orgUnits, values.stream()
                .collect(Collectors.groupingBy(v -> key(v.indicatorCode(), v.level(), v.phase()),
                        LinkedHashMap::new, Collectors.collectingAndThen(Collectors.toList(), List::copyOf))), grades,
                movements, phases);
    }

    public DashboardData(String id, Path directory, Manifest manifest, List<IndicatorValueRow> values,
                    Map<String, IndicatorRow> indicators, Map<String, OrgUnitRow> orgUnits) {
        this(id, directory, manifest, values, indicators, orgUnits, Grades.NONE, Map.of(), List.of());
    }

    /** The phases of a year, in order, with their dates and deadlines. */
    public List<PhaseRow> phasesOf(int year) {
        return phases.stream().filter(p -> p.year() == year).toList();
    }

    /** The year's movement as the reference data names it (name, theme, occasion), when given. */
    public java.util.Optional<MovementRow> movement(int year) {
        return java.util.Optional.ofNullable(movements.get(year));
    }

    private static String key(String indicatorCode, Level level, int phase) {
        return indicatorCode + '|' + level + '|' + phase;
    }

    public Optional<IndicatorRow> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The rows of one indicator at one level and phase, in file order. */
    public List<IndicatorValueRow> values(String indicatorCode, Level level, int phase) {
        return index.getOrDefault(key(indicatorCode, level, phase), List.of());
    }

    /** The rows of one indicator, level and phase by org-unit code (first row wins on a duplicate). */
    public Map<String, IndicatorValueRow> byOrgUnit(String indicatorCode, Level level, int phase) {
        Map<String, IndicatorValueRow> out = new LinkedHashMap<>();
        values(indicatorCode, level, phase).forEach(v -> out.putIfAbsent(v.orgUnitCode(), v));
        return out;
    }

    /** The single province row of an indicator, if the run computed it. */
    public Optional<IndicatorValueRow> provinceValue(String indicatorCode, int phase) {
        return values(indicatorCode, Level.PROVINCE, phase).stream().findFirst();
    }

    /** One federation's row (the province's own code: the unions directly under it). */
    public Optional<IndicatorValueRow> federationValue(String indicatorCode, String federationCode, int phase) {
        return values(indicatorCode, Level.FEDERATION, phase).stream()
                .filter(v -> v.orgUnitCode().equals(federationCode)).findFirst();
    }

    /** Grassroots units by code (level 3 of {@code org_unit}), in file order. */
    public List<OrgUnitRow> grassrootsUnits() {
        return orgUnits.values().stream().filter(OrgUnitRow::isGrassroots).toList();
    }

    /** The province's own code; federation rows under it hold the grassroots unions directly under the province. */
    public Optional<String> provinceCode() {
        return orgUnits.values().stream().filter(OrgUnitRow::isProvince).map(OrgUnitRow::code).findFirst()
                .or(() -> values.stream().filter(v -> v.level() == Level.PROVINCE)
                        .map(IndicatorValueRow::orgUnitCode).findFirst());
    }
}
