package vn.thidua.evaluation.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.SnapshotFixture;
import vn.thidua.warehouse.snapshot.ClusterRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

/** Everything the evaluation takes from a snapshot, read through the warehouse module. */
class SnapshotReaderTest {

    @TempDir
    Path warehouse;

    @Test
    void one_read_of_the_years_unit_rows_gives_both_years_the_dates_and_the_cluster_names() {
        // given a unit with figures for 2024 and 2023, a silent one, and a phase row and a cluster row that must not be read
        SnapshotFixture.in(warehouse).createdAt(Instant.parse("2025-01-10T01:30:00.123Z"))
                .orgUnit(new OrgUnitRow("P", "tỉnh Bắc Kạn", null, 1, "lien_doan", null, null, null))
                .orgUnit(new OrgUnitRow("U1", "CĐCS A", "P", 3, "hcsn", "K1", LocalDate.of(2001, 2, 3), null))
                .orgUnit(new OrgUnitRow("U2", "CĐCS B", "P", 3, "hcsn", null, null, LocalDate.of(2024, 6, 30)))
                .cluster(new ClusterRow("K1", "Khối hành chính"))
                .value(row(0, Level.UNIT, "U1", 80.0, 70.0, 1))
                .value(row(0, Level.UNIT, "U2", null, null, 0))
                .value(row(1, Level.UNIT, "U3", 10.0, 10.0, 1))
                .value(row(0, Level.CLUSTER, "K1", 55.0, 50.0, 1))
                .publish();

        // when
        SnapshotReader.Years years = SnapshotReader.read(warehouse, 2024);

        // then
        SnapshotYear y = years.year();
        assertThat(y.year()).isEqualTo(2024);
        assertThat(y.figures()).containsOnlyKeys("U1", "U2");
        assertThat(y.figures("U1").value("participation_rate")).contains(80.0);
        assertThat(y.figures("U1").reported()).isTrue();
        assertThat(y.figures("U2").reported()).isFalse();
        assertThat(years.previousYear().year()).isEqualTo(2023);
        assertThat(years.previousYear().figures("U1").value("participation_rate")).contains(70.0);
        assertThat(years.previousYear().figures("U2").reported()).isFalse();
        assertThat(y.units()).containsOnlyKeys("U1", "U2");
        assertThat(y.units().get("U1").clusterName()).isEqualTo("Khối hành chính");
        assertThat(y.units().get("U1").federationName()).isEqualTo("Các CĐCS trực thuộc tỉnh Bắc Kạn");
        assertThat(y.units().get("U2").clusterName()).isEqualTo("(không thuộc cụm, khối)");
        assertThat(years.histories().get("U1").openedOn()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(years.histories().get("U2").closedOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(y.createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 10, 8, 30));
    }

    @Test
    void a_snapshot_comparing_with_another_year_is_not_taken_for_the_year_before() {
        // given rows whose previous figures are of 2022
        SnapshotFixture.in(warehouse)
                .orgUnit(new OrgUnitRow("U1", "CĐCS A", "P", 3, "hcsn", "K1", LocalDate.of(2001, 2, 3), null))
                .value(new IndicatorValueRow(2024, 0, Level.UNIT, "U1", "CĐCS A", "participation_rate", null, null, 80.0,
                        2022, 70.0, null, null, 1, 1))
                .publish();

        // then
        assertThatThrownBy(() -> SnapshotReader.read(warehouse, 2024)).hasMessageContaining("2022");
        assertThatThrownBy(() -> SnapshotReader.read(warehouse, 2025)).hasMessageContaining("không có số liệu năm 2025");
    }

    private static IndicatorValueRow row(int phase, Level level, String code, Double value, Double previous, int reporting) {
        return new IndicatorValueRow(2024, phase, level, code, code, "participation_rate", null, null, value, 2023, previous,
                null, null, reporting, 1);
    }
}
