package vn.thidua.dashboards.snapshot;

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
public record Snapshot(
        String id,
        Path directory,
        Manifest manifest,
        List<IndicatorValue> values,
        Map<String, Indicator> indicators,
        Map<String, OrgUnit> orgUnits,
        Map<String, List<IndicatorValue>> index,
        GradeDistribution grades) {

    /** Copies keep the file order (rows, units): charts and tables must not change from run to run. */
    public Snapshot {
        values = List.copyOf(values);
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        orgUnits = Collections.unmodifiableMap(new LinkedHashMap<>(orgUnits));
        index = Map.copyOf(index);
        grades = grades == null ? GradeDistribution.NONE : grades;
    }

    /**
     * Indexes the rows by indicator, level and phase: a national snapshot has millions of them.
     * {@code grades}: the year-end evaluation of this snapshot, {@link GradeDistribution#NONE} before it ran.
     */
    public Snapshot(String id, Path directory, Manifest manifest, List<IndicatorValue> values,
                    Map<String, Indicator> indicators, Map<String, OrgUnit> orgUnits, GradeDistribution grades) {
        this(id, directory, manifest, values, indicators, orgUnits, values.stream()
                .collect(Collectors.groupingBy(v -> key(v.indicatorCode(), v.level(), v.phase()),
                        LinkedHashMap::new, Collectors.collectingAndThen(Collectors.toList(), List::copyOf))), grades);
    }

    public Snapshot(String id, Path directory, Manifest manifest, List<IndicatorValue> values,
                    Map<String, Indicator> indicators, Map<String, OrgUnit> orgUnits) {
        this(id, directory, manifest, values, indicators, orgUnits, GradeDistribution.NONE);
    }

    private static String key(String indicatorCode, Level level, int phase) {
        return indicatorCode + '|' + level + '|' + phase;
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The rows of one indicator at one level and phase, in file order. */
    public List<IndicatorValue> values(String indicatorCode, Level level, int phase) {
        return index.getOrDefault(key(indicatorCode, level, phase), List.of());
    }

    /** The rows of one indicator, level and phase by org-unit code (first row wins on a duplicate). */
    public Map<String, IndicatorValue> byOrgUnit(String indicatorCode, Level level, int phase) {
        Map<String, IndicatorValue> out = new LinkedHashMap<>();
        values(indicatorCode, level, phase).forEach(v -> out.putIfAbsent(v.orgUnitCode(), v));
        return out;
    }

    /** The single province row of an indicator, if the run computed it. */
    public Optional<IndicatorValue> provinceValue(String indicatorCode, int phase) {
        return values(indicatorCode, Level.PROVINCE, phase).stream().findFirst();
    }

    /** One federation's row (the province's own code: the unions directly under it). */
    public Optional<IndicatorValue> federationValue(String indicatorCode, String federationCode, int phase) {
        return values(indicatorCode, Level.FEDERATION, phase).stream()
                .filter(v -> v.orgUnitCode().equals(federationCode)).findFirst();
    }

    /** Grassroots units by code (level 3 of {@code org_unit}), in file order. */
    public List<OrgUnit> grassrootsUnits() {
        return orgUnits.values().stream().filter(OrgUnit::isGrassroots).toList();
    }

    /** The province's own code; federation rows under it hold the grassroots unions directly under the province. */
    public Optional<String> provinceCode() {
        return orgUnits.values().stream().filter(OrgUnit::isProvince).map(OrgUnit::code).findFirst()
                .or(() -> values.stream().filter(v -> v.level() == Level.PROVINCE)
                        .map(IndicatorValue::orgUnitCode).findFirst());
    }
}
