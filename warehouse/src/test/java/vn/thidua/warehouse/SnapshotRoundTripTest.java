package vn.thidua.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;
import vn.thidua.warehouse.snapshot.Snapshot;

/** A snapshot written as contract §4 lays it out reads back the same, by the names and types of the contract. */
class SnapshotRoundTripTest {

    @TempDir
    Path warehouse;

    @Test
    void whatIsPublishedReadsBackByTheContractsNamesAndTypes() throws Exception {
        // given a published snapshot with two phases and a unit that closed mid-year
        IndicatorValueRow year = new IndicatorValueRow(2024, 0, Level.PROVINCE, "BK", "Bắc Kạn", "participation_rate",
                80.0, 100.0, 80.0, 2023, 75.0, 5.0, 6.666, 9, 10);
        IndicatorValueRow phase = new IndicatorValueRow(2024, 1, Level.UNIT, "U1", "CĐCS A", "members",
                null, null, null, 2023, 12.0, null, null, 0, 1);
        Path dir = SnapshotFixture.in(warehouse).value(year).value(phase)
                .orgUnit(new OrgUnitRow("U1", "CĐCS A", "BK", 3, "hcsn", "K01", LocalDate.of(2001, 1, 1), LocalDate.of(2024, 6, 30)))
                .dataCutoff(Instant.parse("2025-01-09T17:00:00Z"), false)
                .publish();
        // when read through the warehouse's reader
        try (Snapshot snapshot = Snapshot.open(warehouse)) {
            // then current led to it, every cell is back with its type, nulls are nulls, and the filter reads one folder
            assertThat(snapshot.directory()).isEqualTo(dir.toRealPath());
            assertThat(snapshot.indicatorValues(Filter.ALL)).containsExactlyInAnyOrder(year, phase);
            assertThat(snapshot.indicatorValues(Filter.where("year", 2024).and("phase", 0))).containsExactly(year);
            assertThat(snapshot.orgUnits()).singleElement().satisfies(u -> {
                assertThat(u.closedOn()).isEqualTo(LocalDate.of(2024, 6, 30));
                assertThat(u.openBetween(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 12, 31))).isFalse();
            });
            Manifest manifest = snapshot.manifest();
            assertThat(manifest.dataCutoffTimeKnown()).isFalse();
            assertThat(Manifest.inVietnam(manifest.dataCutoff()).toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 10));
        }
        // and the files are where §4 says, with the types it says (DuckDB reading them on its own)
        assertThat(dir.resolve("indicator_value/year=2024/phase=0")).isDirectory();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = duck.createStatement().executeQuery("DESCRIBE SELECT * FROM read_parquet('" + dir
                     + "/indicator_value/**/*.parquet', hive_partitioning = false)")) {
            List<String> types = new ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1) + " " + rs.getString(2));
            }
            assertThat(types).containsExactly("level VARCHAR", "org_unit_code VARCHAR", "org_unit_name VARCHAR",
                    "indicator_code VARCHAR", "numerator DOUBLE", "denominator DOUBLE", "value DOUBLE",
                    "previous_year INTEGER", "previous_value DOUBLE", "change_abs DOUBLE", "change_pct DOUBLE",
                    "units_reporting INTEGER", "units_expected INTEGER");
        }
    }

    @Test
    void nothingPublishedSaysWhatToRun() {
        assertThatThrownBy(() -> Snapshot.open(warehouse)).isInstanceOf(SnapshotNotFoundException.class)
                .hasMessageContaining("./thidua analyze");
        assertThat(Files.exists(warehouse.resolve("current"))).isFalse();
    }

    @Test
    void aSnapshotOfAnEarlierContractIsRefusedInWords() throws Exception {
        // given a snapshot published before contract version 2 (no contract_version in its manifest)
        Path dir = SnapshotFixture.in(warehouse).runId("cu").publish();
        Path manifest = dir.resolve(Warehouse.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\\s*\"contract_version\" : 2,", ""));

        // then
        assertThatThrownBy(() -> Snapshot.open(warehouse)).isInstanceOf(SnapshotNotFoundException.class)
                .hasMessageContaining("hợp đồng dữ liệu phiên bản 1").hasMessageContaining("./thidua analyze");
    }
}
