package vn.thidua.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.manifest.ManifestFile;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.snapshot.ClusterRankingRow;
import vn.thidua.warehouse.snapshot.ClusterRow;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.MovementRow;
import vn.thidua.warehouse.snapshot.PhaseRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;
import vn.thidua.warehouse.table.Table;
import vn.thidua.warehouse.table.Tables;

/**
 * Publishes a snapshot for a test exactly as contract §4 lays it out — staging, manifest.json, every table
 * with the columns of {@link Tables} (partitioned tables as {@code year=Y/phase=P/} folders), then
 * {@code current} — through the same {@link Warehouse} and {@link ParquetTables} the modules read with. The
 * rows are the test's own; this class only knows the layout, so no module keeps a copy of it.
 */
public final class SnapshotFixture {

    private final Path warehouse;
    private String runId = "20250110T013000Z";
    private int year = 2024;
    private Instant createdAt = Instant.parse("2025-01-10T01:30:00Z");
    private String catalogueVersion = "2024.2";
    private Instant watermark = Instant.parse("2025-01-09T17:00:00Z");
    private Instant dataCutoff = Instant.parse("2025-01-09T17:00:00Z");
    private boolean dataCutoffTimeKnown = true;
    private final List<IndicatorValueRow> values = new ArrayList<>();
    private final List<OrgUnitRow> orgUnits = new ArrayList<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final List<ClusterRow> clusters = new ArrayList<>();
    private final List<ClusterRankingRow> rankings = new ArrayList<>();
    private final List<MovementRow> movements = new ArrayList<>();
    private final List<PhaseRow> phases = new ArrayList<>(List.of(
            new PhaseRow(2023, 1, "Đợt 1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 10)),
            new PhaseRow(2023, 2, "Đợt 2", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 10)),
            new PhaseRow(2024, 1, "Đợt 1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10)),
            new PhaseRow(2024, 2, "Đợt 2", LocalDate.of(2024, 8, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10))));

    private SnapshotFixture(Path warehouse) {
        this.warehouse = warehouse;
    }

    public static SnapshotFixture in(Path warehouse) {
        return new SnapshotFixture(warehouse);
    }

    public SnapshotFixture runId(String id) {
        this.runId = id;
        return this;
    }

    public SnapshotFixture year(int year) {
        this.year = year;
        return this;
    }

    public SnapshotFixture createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public SnapshotFixture catalogueVersion(String version) {
        this.catalogueVersion = version;
        return this;
    }

    public SnapshotFixture watermark(Instant watermark) {
        this.watermark = watermark;
        return this;
    }

    public SnapshotFixture dataCutoff(Instant cutoff, boolean timeKnown) {
        this.dataCutoff = cutoff;
        this.dataCutoffTimeKnown = timeKnown;
        return this;
    }

    public SnapshotFixture value(IndicatorValueRow row) {
        values.add(row);
        return this;
    }

    public SnapshotFixture values(List<IndicatorValueRow> rows) {
        values.addAll(rows);
        return this;
    }

    public SnapshotFixture orgUnit(OrgUnitRow row) {
        orgUnits.add(row);
        return this;
    }

    public SnapshotFixture indicator(IndicatorRow row) {
        indicators.add(row);
        return this;
    }

    public SnapshotFixture cluster(ClusterRow row) {
        clusters.add(row);
        return this;
    }

    /** Replaces the default phases (2023 and 2024, two each, as the sample). */
    public SnapshotFixture phases(List<PhaseRow> rows) {
        phases.clear();
        phases.addAll(rows);
        return this;
    }

    public SnapshotFixture movement(MovementRow row) {
        movements.add(row);
        return this;
    }

    public SnapshotFixture ranking(ClusterRankingRow row) {
        rankings.add(row);
        return this;
    }

    /** Writes the snapshot, publishes it as {@code current} and returns its directory. */
    public Path publish() {
        Warehouse house = new Warehouse(warehouse);
        Path staging = house.staging(runId);
        try (ParquetTables parquet = ParquetTables.open()) {
            Files.createDirectories(staging);
            write(parquet, staging, Tables.INDICATOR_VALUE, values.stream().map(IndicatorValueRow::cells).toList());
            write(parquet, staging, Tables.CLUSTER_RANKING, rankings.stream().map(ClusterRankingRow::cells).toList());
            write(parquet, staging, Tables.INDICATOR, indicators.stream().map(IndicatorRow::cells).toList());
            write(parquet, staging, Tables.ORG_UNIT, orgUnits.stream().map(OrgUnitRow::cells).toList());
            write(parquet, staging, Tables.CLUSTER, clusters.stream().map(ClusterRow::cells).toList());
            write(parquet, staging, Tables.MOVEMENT, movements.stream().map(MovementRow::cells).toList());
            write(parquet, staging, Tables.PHASE, phases.stream().map(PhaseRow::cells).toList());
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put(Tables.INDICATOR_VALUE.name(), (long) values.size());
            counts.put(Tables.CLUSTER_RANKING.name(), (long) rankings.size());
            counts.put(Tables.INDICATOR.name(), (long) indicators.size());
            counts.put(Tables.ORG_UNIT.name(), (long) orgUnits.size());
            counts.put(Tables.CLUSTER.name(), (long) clusters.size());
            counts.put(Tables.MOVEMENT.name(), (long) movements.size());
            counts.put(Tables.PHASE.name(), (long) phases.size());
            ManifestFile.write(staging.resolve(Warehouse.MANIFEST), new Manifest(runId, year, createdAt, catalogueVersion,
                    watermark, dataCutoff, dataCutoffTimeKnown, createdAt, "local[2]", counts, Map.of("total", 1L)));
            house.publish(runId);
            return house.snapshot(runId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ParquetTables parquet, Path snapshot, Table table, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            parquet.write(snapshot.resolve(table.name()), table, rows);
        }
    }
}
