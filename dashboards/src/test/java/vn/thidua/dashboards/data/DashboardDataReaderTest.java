package vn.thidua.dashboards.data;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.SnapshotNotFoundException;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardDataReaderTest {

    @TempDir
    Path warehouse;

    @Test
    void readsTheCurrentSnapshotIntoRecords() throws Exception {
        // given
        Path snapshotDir = new DashboardFixture().writeTo(warehouse);

        // when
        DashboardData snapshot = new DashboardDataReader(warehouse).read(2024);

        // then
        assertThat(snapshot.id()).isEqualTo(DashboardFixture.RUN_ID);
        assertThat(snapshot.directory()).isEqualTo(snapshotDir.toRealPath());
        assertThat(snapshot.manifest().catalogueVersion()).isEqualTo("2024.1");
        assertThat(Manifest.inVietnam(snapshot.manifest().createdAt()))
                .as("01:30 UTC is 08:30 in Vietnam").isEqualTo(LocalDateTime.of(2025, 1, 10, 8, 30));
        assertThat(snapshot.provinceValue("participation_rate", 0)).contains(new IndicatorValueRow(
                2024, 0, Level.PROVINCE, "BK", "Liên đoàn Lao động tỉnh Bắc Kạn", "participation_rate",
                87.4, 100.0, 87.4, 2023, 84.2, 87.4 - 84.2, (87.4 - 84.2) / 84.2 * 100, 679, 681));
        assertThat(snapshot.values("participation_rate", Level.FEDERATION, 0)).hasSize(12);
        assertThat(snapshot.values("reporting_timeliness", Level.FEDERATION, 2)).hasSize(12);
        assertThat(snapshot.indicator("tet_coverage")).contains(new IndicatorRow(
                "tet_coverage", "Tỷ lệ đoàn viên được hỗ trợ Tết", "Tết support coverage", "percent", 100.0, "higher_better"));
        assertThat(snapshot.orgUnits().get("BB")).isEqualTo(new OrgUnitRow(
                "BB", "Liên đoàn Lao động huyện Ba Bể", "BK", 2, "lien_doan", null, null, null));
        assertThat(snapshot.provinceCode()).contains("BK");
    }

    @Test
    void keepsNullsAsNulls() {
        // given: Pác Nặm has no 2023 participation figure
        new DashboardFixture().writeTo(warehouse);

        // when
        IndicatorValueRow pacNam = new DashboardDataReader(warehouse).read(2024)
                .values("participation_rate", Level.FEDERATION, 0).stream()
                .filter(v -> v.orgUnitCode().equals("PN")).findFirst().orElseThrow();

        // then
        assertThat(pacNam.value()).isNotNull();
        assertThat(pacNam.previousValue()).isNull();
        assertThat(pacNam.changeAbs()).isNull();
        assertThat(pacNam.changePct()).isNull();
    }

    @Test
    void readsNothingForAYearThatWasNotPublished() {
        // given
        new DashboardFixture().writeTo(warehouse);

        // when
        DashboardData snapshot = new DashboardDataReader(warehouse).read(2023);

        // then
        assertThat(snapshot.values()).isEmpty();
    }

    @Test
    void explainsInVietnameseWhenNothingWasPublished() {
        // given: an empty warehouse

        // when / then
        assertThatThrownBy(() -> new DashboardDataReader(warehouse).read(2024))
                .isInstanceOf(SnapshotNotFoundException.class)
                .hasMessageContaining("Chưa có số liệu phân tích đã công bố")
                .hasMessageContaining("./thidua analyze");
    }
}
