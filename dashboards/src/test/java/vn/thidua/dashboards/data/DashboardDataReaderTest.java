package vn.thidua.dashboards.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.dashboards.SnapshotFixture;

class SnapshotReaderTest {

    @TempDir
    Path warehouse;

    @Test
    void readsTheCurrentSnapshotIntoRecords() throws Exception {
        // given
        Path snapshotDir = new SnapshotFixture().writeTo(warehouse);

        // when
        Snapshot snapshot = new SnapshotReader(warehouse).read(2024);

        // then
        assertThat(snapshot.id()).isEqualTo(SnapshotFixture.RUN_ID);
        assertThat(snapshot.directory()).isEqualTo(snapshotDir.toRealPath());
        assertThat(snapshot.manifest().catalogueVersion()).isEqualTo("2024.1");
        assertThat(snapshot.manifest().createdAt())
                .as("01:30 UTC is 08:30 in Vietnam").isEqualTo(LocalDateTime.of(2025, 1, 10, 8, 30));
        assertThat(snapshot.provinceValue("participation_rate", 0)).contains(new IndicatorValue(
                2024, 0, Level.PROVINCE, "BK", "Liên đoàn Lao động tỉnh Bắc Kạn", "participation_rate",
                87.4, 100.0, 87.4, 84.2, 87.4 - 84.2, (87.4 - 84.2) / 84.2 * 100, 679, 681));
        assertThat(snapshot.values("participation_rate", Level.FEDERATION, 0)).hasSize(12);
        assertThat(snapshot.values("reporting_timeliness", Level.FEDERATION, 2)).hasSize(12);
        assertThat(snapshot.indicator("tet_coverage")).contains(new Indicator(
                "tet_coverage", "Tỷ lệ đoàn viên được hỗ trợ Tết", "Tết support coverage", "percent", 100.0));
        assertThat(snapshot.orgUnits().get("BB")).isEqualTo(new OrgUnit(
                "BB", "Liên đoàn Lao động huyện Ba Bể", "BK", 2, "lien_doan", null));
        assertThat(snapshot.provinceCode()).contains("BK");
    }

    @Test
    void keepsNullsAsNulls() {
        // given: Pác Nặm has no 2023 participation figure
        new SnapshotFixture().writeTo(warehouse);

        // when
        IndicatorValue pacNam = new SnapshotReader(warehouse).read(2024)
                .values("participation_rate", Level.FEDERATION, 0).stream()
                .filter(v -> v.orgUnitCode().equals("PN")).findFirst().orElseThrow();

        // then
        assertThat(pacNam.value()).isNotNull();
        assertThat(pacNam.value2023()).isNull();
        assertThat(pacNam.changeAbs()).isNull();
        assertThat(pacNam.changePct()).isNull();
    }

    @Test
    void takesYearAndPhaseFromThePathWhenSparkLeftThemOutOfTheFiles() {
        // given: Spark's partitionBy layout, with _SUCCESS and .crc files beside the parts
        new SnapshotFixture().withSparkLayout().writeTo(warehouse);

        // when
        Snapshot snapshot = new SnapshotReader(warehouse).read(2024);

        // then
        assertThat(snapshot.values()).allSatisfy(v -> assertThat(v.year()).isEqualTo(2024));
        assertThat(snapshot.values("reporting_completeness", Level.FEDERATION, 1)).hasSize(12);
        assertThat(snapshot.provinceValue("initiatives_registered", 0))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(1234.0));
    }

    @Test
    void readsNothingForAYearThatWasNotPublished() {
        // given
        new SnapshotFixture().writeTo(warehouse);

        // when
        Snapshot snapshot = new SnapshotReader(warehouse).read(2023);

        // then
        assertThat(snapshot.values()).isEmpty();
    }

    @Test
    void explainsInVietnameseAndEnglishWhenNothingWasPublished() {
        // given: an empty warehouse

        // when / then
        assertThatThrownBy(() -> new SnapshotReader(warehouse).read(2024))
                .isInstanceOf(SnapshotNotFoundException.class)
                .hasMessageContaining("Chưa có dữ liệu phân tích đã công bố")
                .hasMessageContaining("run `./thidua analyze` first");
    }
}
