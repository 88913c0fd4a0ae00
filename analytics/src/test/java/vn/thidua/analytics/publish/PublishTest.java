package vn.thidua.analytics.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.analytics.AnalyticsException;
import vn.thidua.analytics.AnalyticsRun;
import vn.thidua.analytics.RunResult;
import vn.thidua.analytics.TestSpark;
import vn.thidua.analytics.cli.CliOptions;
import vn.thidua.reference.ReferenceException;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.manifest.ManifestFile;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.Snapshot;
import vn.thidua.warehouse.table.Table;
import vn.thidua.warehouse.table.Tables;

/**
 * Whole runs against one warehouse, in order: a first run is published; DuckDB (an independent reader)
 * reads it; failing runs leave {@code current} on it; a run from an export inside its staging directory
 * is published without the export and prunes the older snapshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishTest {

    private Path tmp;
    private Path warehouse;
    private RunResult first;

    @BeforeAll
    void publishFirstRun(@TempDir Path tmp) throws IOException {
        // given an empty warehouse, when the fixture is published as run r1
        this.tmp = tmp;
        warehouse = tmp.resolve("warehouse");
        first = run(TestSpark.fixtureInput(), "r1", 5);
    }

    @Test
    @Order(1)
    void publishesTheSnapshotAndPointsCurrentAtIt() throws IOException {
        assertThat(first.rowCounts()).containsEntry("indicator_value", 408L).containsEntry("indicator", 12L)
                .containsEntry("cluster_ranking", 12L).containsEntry("org_unit", 9L).containsEntry("cluster", 2L);
        assertThat(Files.readSymbolicLink(warehouse.resolve("current"))).isEqualTo(Path.of("snapshots", "r1"));
        assertThat(warehouse.resolve("staging/r1")).doesNotExist();
        Path snapshot = warehouse.resolve("current");
        assertThat(snapshot.resolve("indicator_value/year=2024/phase=0")).isDirectory();
        assertThat(snapshot.resolve("indicator_value/year=2024/phase=1")).isDirectory();
        assertThat(snapshot.resolve("indicator_value/year=2024/phase=2")).isDirectory();
        assertThat(snapshot.resolve("indicator_value/year=2023")).doesNotExist();
        Manifest manifest = ManifestFile.read(snapshot.resolve("manifest.json"));
        assertThat(manifest.runId()).isEqualTo("r1");
        assertThat(manifest.year()).isEqualTo(2024);
        assertThat(manifest.catalogueVersion()).isEqualTo("2024.1");
        assertThat(manifest.watermark()).isEqualTo(Instant.parse("2025-01-20T10:00:00Z"));
        assertThat(manifest.dataCutoff()).isEqualTo(Instant.parse("2025-01-15T00:00:00Z"));
        assertThat(manifest.dataCutoffTimeKnown()).isFalse();
        assertThat(manifest.master()).isEqualTo("local[2]");
        assertThat(manifest.rowCounts()).containsEntry("indicator_value", 408L).containsEntry("cluster", 2L);
        assertThat(manifest.timingsMs()).containsKey("total");
    }

    @Test
    @Order(2)
    void duckDbReadsThePublishedParquet() throws SQLException {
        String values = "read_parquet('" + warehouse.resolve("current/indicator_value") + "/**/*.parquet', hive_partitioning=true)";
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duck.createStatement()) {
            assertThat(rows(sql, "SELECT phase, level, count(*) FROM " + values + " WHERE year = 2024"
                    + " GROUP BY ALL ORDER BY ALL")).containsExactly(
                    "0|cluster|24", "0|federation|36", "0|province|12", "0|unit|72",
                    "1|cluster|24", "1|federation|36", "1|province|12", "1|unit|60",
                    "2|cluster|24", "2|federation|36", "2|province|12", "2|unit|60");
            assertThat(rows(sql, "SELECT year, phase, cluster_name, indicator_code, rank, org_unit_name, units_ranked,"
                    + " typeof(rank) FROM read_parquet('" + warehouse.resolve("current/cluster_ranking")
                    + "/**/*.parquet', hive_partitioning=true) WHERE cluster_code = 'C2'"
                    + " AND indicator_code = 'participation_rate' ORDER BY rank"))
                    .containsExactly("2024|0|Khối Giáo dục|participation_rate|1|CĐCS Trường Tiểu học Nông Thượng|2|INTEGER",
                            "2024|0|Khối Giáo dục|participation_rate|2|CĐCS Trường THCS Bắc Kạn|2|INTEGER");
            assertThat(rows(sql, "SELECT org_unit_name, numerator, denominator, value, previous_value, change_abs,"
                    + " change_pct, units_reporting, units_expected, typeof(units_reporting), typeof(value)"
                    + " FROM " + values + " WHERE phase = 0 AND level = 'province' AND indicator_code = 'completeness'"))
                    .containsExactly("LĐLĐ tỉnh Bắc Kạn|9.0|10.0|90.0|100.0|-10.0|-10.0|6|6|INTEGER|DOUBLE");
            // not reported stays NULL in the file, not 0
            assertThat(rows(sql, "SELECT numerator IS NULL, value IS NULL FROM " + values
                    + " WHERE phase = 1 AND org_unit_code = 'U5' AND indicator_code = 'participation_rate'"))
                    .containsExactly("true|true");
            assertThat(rows(sql, "SELECT code, scale FROM read_parquet('" + warehouse.resolve("current/indicator")
                    + "/*.parquet') WHERE code IN ('completeness', 'initiatives_total') ORDER BY code"))
                    .containsExactly("completeness|100.0", "initiatives_total|1.0");
            assertThat(rows(sql, "SELECT code, parent_code, level, typeof(level) FROM read_parquet('"
                    + warehouse.resolve("current/org_unit") + "/*.parquet') WHERE code = 'U5'"))
                    .containsExactly("U5|BK|3|INTEGER");
        }
    }

    @Test
    @Order(2)
    void theWarehouseReaderReadsWhatSparkWroteWithTheContractsTypes() throws SQLException {
        // given the snapshot Spark published, read through the one reader the other modules use
        try (Snapshot snapshot = Snapshot.open(warehouse)) {
            // then every row reads, with its previous year, and only the asked folders
            List<IndicatorValueRow> year = snapshot.indicatorValues(Filter.where("year", 2024).and("phase", 0)
                    .and("level", "province").and("indicator_code", "completeness"));
            assertThat(year).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(90.0);
                assertThat(r.previousYear()).isEqualTo(2023);
                assertThat(r.previousValue()).isEqualTo(100.0);
            });
            // the snapshot is self-sufficient: org units carry their dates, clusters their names
            assertThat(snapshot.orgUnits()).filteredOn(u -> u.code().equals("U4")).singleElement()
                    .satisfies(u -> assertThat(u.closedOn()).isEqualTo(java.time.LocalDate.of(2024, 6, 15)));
            assertThat(snapshot.clusters()).extracting(c -> c.code() + " " + c.name())
                    .containsExactly("C1 Cụm thi đua số 1", "C2 Khối Giáo dục");
            // the movements of both years, and which way each indicator is good
            assertThat(snapshot.movements()).extracting(m -> m.year() + " " + m.nameVi() + " | " + m.themeVi())
                    .containsExactly("2023 Phong trào thi đua năm 2023 | null", "2024 Phong trào thi đua năm 2024 | Đổi mới, sáng tạo");
            assertThat(snapshot.phases()).extracting(p -> p.year() + "/" + p.phase() + " " + p.deadline())
                    .containsExactly("2023/1 2023-08-10", "2023/2 2024-01-10", "2024/1 2024-08-10", "2024/2 2025-01-10");
            assertThat(snapshot.indicators()).filteredOn(i -> i.code().equals("initiatives_gap")).singleElement()
                    .satisfies(i -> assertThat(i.direction()).isEqualTo("neutral"));
        }
        // and each file stores exactly the contract's columns with the contract's types (DuckDB on its own)
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            for (Table table : Tables.SNAPSHOT) {
                List<String> stored = rows(sql, "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM"
                        + " read_parquet('" + warehouse.resolve("current/" + table.name()) + "/**/*.parquet',"
                        + " hive_partitioning = false))");
                assertThat(stored).as(table.name()).containsExactlyElementsOf(table.storedColumns().stream()
                        .map(c -> c.name() + " " + c.type().sql()).toList());
            }
        }
    }

    @Test
    @Order(3)
    void failedRunsLeaveCurrentOnThePreviousSnapshot() throws IOException {
        // given an export whose catalogue has a misspelt term, and one with a malformed number
        Path badTerm = copyFixture(tmp.resolve("bad-term"));
        replace(badTerm.resolve("indicators.csv"), "initiatives + admitted", "initiatives + admited");
        Path badNumber = copyFixture(tmp.resolve("bad-number"));
        replace(badNumber.resolve("submissions.csv"), "2024,2,U1,2025-01-05T08:00:00,false,110,",
                "2024,2,U1,2025-01-05T08:00:00,false,1l0,");

        // when they run, then they fail, clearly, and nothing of them is left or published
        assertThatThrownBy(() -> run(badTerm, "r2", 5)).isInstanceOf(ReferenceException.class)
                .hasMessageContaining("chỉ tiêu 'activity_total', số hạng 'admited'");
        assertThatThrownBy(() -> run(badNumber, "r3", 5)).hasStackTraceContaining("Malformed");
        assertThat(Files.readSymbolicLink(warehouse.resolve("current"))).isEqualTo(Path.of("snapshots", "r1"));
        assertThat(list(warehouse.resolve("staging"))).isEmpty();
        assertThat(list(warehouse.resolve("snapshots"))).containsExactly("r1");
        assertThat(list(warehouse)).doesNotContain(".current-r2.tmp", ".current-r3.tmp");
    }

    @Test
    @Order(4)
    void publishesAnExportMadeInsideItsStagingDirectoryAndPrunesOldSnapshots() throws IOException {
        // given the jobs module's layout: the export in staging/<run>/input (contract §3)
        Path input = copyFixture(warehouse.resolve("staging/r4/input"));
        // when run r4 keeps a single snapshot
        RunResult result = run(input, "r4", 1);
        // then r4 is current, published without its export, and r1 is gone
        assertThat(result.prunedSnapshots()).containsExactly("r1");
        assertThat(Files.readSymbolicLink(warehouse.resolve("current"))).isEqualTo(Path.of("snapshots", "r4"));
        assertThat(list(warehouse.resolve("snapshots"))).containsExactly("r4");
        assertThat(list(warehouse.resolve("snapshots/r4")))
                .containsExactlyInAnyOrder("manifest.json", "indicator_value", "cluster_ranking", "indicator", "org_unit",
                        "cluster", "movement", "phase");
        assertThat(list(warehouse.resolve("staging"))).isEmpty();
    }

    private RunResult run(Path input, String runId, int keep) throws IOException {
        CliOptions.Run options = CliOptions.parse("--input", input.toString(), "--warehouse", warehouse.toString(),
                "--year", "2024", "--run-id", runId, "--keep", Integer.toString(keep));
        return new AnalyticsRun(TestSpark.session()).execute(options);
    }

    private static Path copyFixture(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(TestSpark.fixtureInput())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(result.getObject(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
