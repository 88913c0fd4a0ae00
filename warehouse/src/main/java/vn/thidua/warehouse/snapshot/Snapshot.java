package vn.thidua.warehouse.snapshot;

import java.nio.file.Path;
import java.util.List;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.manifest.ManifestFile;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Tables;

/**
 * One published snapshot, read table by table through {@link ParquetTables}: the directory is resolved once
 * (a warehouse's {@code current} is followed), so everything read comes from the same run. Close it when done.
 */
public final class Snapshot implements AutoCloseable {

    private final Path directory;
    private final Manifest manifest;
    private final ParquetTables parquet;

    private Snapshot(Path directory) {
        this.directory = directory;
        this.manifest = ManifestFile.read(directory.resolve(Warehouse.MANIFEST));
        this.parquet = ParquetTables.open();
    }

    /** A snapshot directory, or the current snapshot of a warehouse folder. */
    public static Snapshot open(Path warehouseOrSnapshot) {
        return new Snapshot(Warehouse.snapshotOf(warehouseOrSnapshot));
    }

    public Path directory() {
        return directory;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The run id, which names the snapshot (and its evaluation). */
    public String id() {
        return manifest.runId() != null ? manifest.runId() : directory.getFileName().toString();
    }

    /** {@code indicator_value} rows passing the filter; filter on year and phase to read those folders only. */
    public List<IndicatorValueRow> indicatorValues(Filter filter) {
        return parquet.read(directory.resolve(Tables.INDICATOR_VALUE.name()), Tables.INDICATOR_VALUE, filter,
                r -> new IndicatorValueRow(r.integer("year"), r.integer("phase"), Level.fromCode(r.string("level")),
                        r.string("org_unit_code"), r.string("org_unit_name"), r.string("indicator_code"),
                        r.decimal("numerator"), r.decimal("denominator"), r.decimal("value"), r.integer("previous_year"),
                        r.decimal("previous_value"), r.decimal("change_abs"), r.decimal("change_pct"),
                        r.integer("units_reporting"), r.integer("units_expected")));
    }

    public List<OrgUnitRow> orgUnits() {
        return parquet.read(directory.resolve(Tables.ORG_UNIT.name()), Tables.ORG_UNIT, Filter.ALL,
                r -> new OrgUnitRow(r.string("code"), r.string("name"), r.string("parent_code"), r.integer("level"),
                        r.string("type"), r.string("cluster"), r.date("opened_on"), r.date("closed_on")));
    }

    public List<IndicatorRow> indicators() {
        return parquet.read(directory.resolve(Tables.INDICATOR.name()), Tables.INDICATOR, Filter.ALL,
                r -> new IndicatorRow(r.string("code"), r.string("label_vi"), r.string("label_en"), r.string("unit"),
                        r.decimal("scale"), r.string("direction")));
    }

    public List<ClusterRow> clusters() {
        return parquet.read(directory.resolve(Tables.CLUSTER.name()), Tables.CLUSTER, Filter.ALL,
                r -> new ClusterRow(r.string("code"), r.string("name")));
    }

    public List<MovementRow> movements() {
        return parquet.read(directory.resolve(Tables.MOVEMENT.name()), Tables.MOVEMENT, Filter.ALL,
                r -> new MovementRow(r.integer("year"), r.string("name_vi"), r.string("theme_vi"), r.string("occasion_vi")));
    }

    /** The phases of the years compared, in year and phase order. */
    public List<PhaseRow> phases() {
        return parquet.read(directory.resolve(Tables.PHASE.name()), Tables.PHASE, Filter.ALL,
                r -> new PhaseRow(r.integer("year"), r.integer("phase"), r.string("name"), r.date("starts_on"),
                        r.date("ends_on"), r.date("deadline")));
    }

    public List<ClusterRankingRow> clusterRankings(int year) {
        return parquet.read(directory.resolve(Tables.CLUSTER_RANKING.name()), Tables.CLUSTER_RANKING,
                Filter.where("year", year), r -> new ClusterRankingRow(r.integer("year"), r.integer("phase"),
                        r.string("cluster_code"), r.string("cluster_name"), r.string("indicator_code"), r.integer("rank"),
                        r.string("org_unit_code"), r.string("org_unit_name"), r.decimal("value"), r.integer("units_ranked")));
    }

    @Override
    public void close() {
        parquet.close();
    }
}
