package vn.thidua.evaluation.input;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.snapshot.ClusterRow;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;
import vn.thidua.warehouse.snapshot.Snapshot;

/**
 * Reads everything the evaluation takes from a published snapshot, through the warehouse module's reader
 * and nothing else: the units with their dates ({@code org_unit}), the clusters' names, the indicator labels,
 * and the whole-year unit rows of {@code indicator_value} for one year. Those rows carry the previous year's
 * figure beside the year's own ({@code previous_value}), so one read gives both years the run grades. A
 * warehouse directory is accepted too: its {@code current} is followed once, so that a run published
 * meanwhile cannot mix two snapshots.
 */
public final class SnapshotReader {

    private static final int WHOLE_YEAR = 0;

    private SnapshotReader() {
    }

    /** The evaluated year, the year before it, and every unit's dates, all from one snapshot. */
    public record Years(SnapshotYear year, SnapshotYear previousYear, Map<String, UnitHistory> histories) {
    }

    public static Years read(Path warehouseOrSnapshot, int year) {
        try (Snapshot snapshot = Snapshot.open(warehouseOrSnapshot)) {
            // Filtered on the partition columns: only year=<year>/phase=0/ is read.
            List<IndicatorValueRow> rows = snapshot.indicatorValues(Filter.where("year", year).and("phase", WHOLE_YEAR)
                    .and("level", Level.UNIT.code()));
            if (rows.isEmpty()) {
                throw new IllegalStateException("Bản công bố " + snapshot.id() + " không có số liệu năm " + year
                        + " / the snapshot has no indicator_value for " + year + ": " + snapshot.directory());
            }
            checkPreviousYear(rows, year, snapshot.id());
            List<OrgUnitRow> orgUnits = snapshot.orgUnits();
            Map<String, GrassrootsUnit> units = units(orgUnits, snapshot.clusters());
            Map<String, IndicatorInfo> indicators = indicators(snapshot.indicators());
            LocalDateTime createdAt = createdAt(snapshot.manifest(), year);
            return new Years(
                    new SnapshotYear(snapshot.id(), snapshot.directory(), year, createdAt, units,
                            figures(rows), indicators),
                    new SnapshotYear(snapshot.id(), snapshot.directory(), year - 1, createdAt, units,
                            previousFigures(rows), indicators),
                    histories(orgUnits));
        }
    }

    /** The baseline is "the year before": a snapshot comparing with another year must not be graded as that. */
    private static void checkPreviousYear(List<IndicatorValueRow> rows, int year, String id) {
        rows.stream().map(IndicatorValueRow::previousYear).filter(y -> y != null && y != year - 1).findFirst()
                .ifPresent(y -> {
                    throw new IllegalStateException("Bản công bố " + id + " so sánh năm " + year + " với năm " + y
                            + ", không phải năm " + (year - 1) + " / previous_year is not the year before");
                });
    }

    /** The manifest's time in Vietnam, to the second (it stamps the workbook); the end of the year when absent. */
    private static LocalDateTime createdAt(Manifest manifest, int year) {
        LocalDateTime created = Manifest.inVietnam(manifest.createdAt());
        return created == null ? LocalDateTime.of(year, 12, 31, 23, 59) : created.withNano(0);
    }

    private static Map<String, IndicatorInfo> indicators(List<IndicatorRow> rows) {
        Map<String, IndicatorInfo> out = new TreeMap<>();
        rows.forEach(r -> out.putIfAbsent(r.code(), new IndicatorInfo(r.code(), r.labelVi(), r.unit())));
        return out;
    }

    private static Map<String, UnitHistory> histories(List<OrgUnitRow> rows) {
        Map<String, UnitHistory> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.code(), new UnitHistory(r.code(), r.openedOn(), r.closedOn())));
        return out;
    }

    private static Map<String, GrassrootsUnit> units(List<OrgUnitRow> rows, List<ClusterRow> clusters) {
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.putIfAbsent(r.code(), r.isProvince()
                ? "Các CĐCS trực thuộc " + r.name() // the province's own units, grouped like a federation
                : r.name()));
        Map<String, String> clusterNames = new HashMap<>();
        clusters.stream().filter(c -> c.name() != null).forEach(c -> clusterNames.putIfAbsent(c.code(), c.name()));
        Map<String, GrassrootsUnit> units = new TreeMap<>();
        for (OrgUnitRow r : rows) {
            if (r.isGrassroots()) {
                String cluster = r.cluster() == null || r.cluster().isBlank() ? "" : r.cluster();
                units.putIfAbsent(r.code(), new GrassrootsUnit(r.code(), r.name(), r.type(), r.parentCode(),
                        names.getOrDefault(r.parentCode(), r.parentCode()), cluster,
                        cluster.isEmpty() ? "(không thuộc cụm, khối)" : clusterNames.getOrDefault(cluster, cluster)));
            }
        }
        return units;
    }

    /** This year's figures: a unit has reported when any of its rows counts it ({@code units_reporting > 0}). */
    private static Map<String, UnitFigures> figures(List<IndicatorValueRow> rows) {
        Map<String, Boolean> reported = new HashMap<>();
        rows.forEach(r -> reported.merge(r.orgUnitCode(), r.unitsReporting() != null && r.unitsReporting() > 0,
                Boolean::logicalOr));
        return figures(values(rows, IndicatorValueRow::value), unit -> reported.getOrDefault(unit, false));
    }

    /** The year before: the rows count no reports for it, so a unit reported when any of its figures is present. */
    private static Map<String, UnitFigures> previousFigures(List<IndicatorValueRow> rows) {
        Map<String, Map<String, Double>> values = values(rows, IndicatorValueRow::previousValue);
        return figures(values, unit -> !values.get(unit).isEmpty());
    }

    /** Per unit (every unit with a row, even without any figure), its figures by indicator code. */
    private static Map<String, Map<String, Double>> values(List<IndicatorValueRow> rows,
                                                           Function<IndicatorValueRow, Double> column) {
        Map<String, Map<String, Double>> values = new TreeMap<>();
        for (IndicatorValueRow r : rows) {
            Map<String, Double> unitValues = values.computeIfAbsent(r.orgUnitCode(), k -> new HashMap<>());
            Double v = notNaN(column.apply(r));
            if (v != null) {
                unitValues.putIfAbsent(r.indicatorCode(), v);
            }
        }
        return values;
    }

    private static Map<String, UnitFigures> figures(Map<String, Map<String, Double>> values, Predicate<String> reported) {
        Map<String, UnitFigures> out = new TreeMap<>();
        values.forEach((unit, v) -> out.put(unit, new UnitFigures(unit, reported.test(unit), v)));
        return out;
    }

    /** NaN is how some writers spell "not computable": the contract says null, so it becomes null. */
    private static Double notNaN(Double v) {
        return v == null || Double.isNaN(v) ? null : v;
    }
}
