package vn.thidua.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.jobs.ThiduaApplication;
import vn.thidua.jobs.analytics.AnalyticsExport;
import vn.thidua.jobs.run.Pipeline;
import vn.thidua.reference.indicator.Catalogue;

/**
 * The analytics benchmark's anchors stay equal work: on the bundled sample (2023 and 2024, both phases,
 * loaded into the real embedded PostgreSQL as jobs' DemoPipelineTest does), the indicator_value DuckDB
 * computes from the job's export and the one PostgreSQL computes from its tables are exactly the rows the
 * Spark job published — every indicator, level and phase (0 included), previous values and changes — with
 * EXCEPT both ways empty and no tolerance (every figure of the sample is a whole number, so the sums are exact
 * in any order and the ratios are the same IEEE divisions). No time is asserted.
 */
@SpringBootTest(classes = ThiduaApplication.class)
// closed after the class, while its work folder still exists: closed at the JVM's exit instead, after JUnit has
// removed the folder, the embedded PostgreSQL could not be stopped from its data directory and outlived the build
@DirtiesContext
class IndicatorAnchorsTest {

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("thidua.workdir", () -> workdir.toString());
        registry.add("thidua.data", () -> System.getProperty("thidua.sample-data", "../sample-data"));
        registry.add("thidua.analytics.home", () -> System.getProperty("thidua.analytics.home", "../analytics/target"));
    }

    @Autowired
    Pipeline pipeline;

    @Autowired
    DataSource dataSource;

    @Test
    void duckdbAndPostgresComputeExactlySparksIndicatorValue() throws Exception {
        // given: the sample loaded and Spark's snapshot published
        pipeline.referenceData();
        for (int year : new int[] {2023, 2024}) {
            for (int phase : new int[] {1, 2}) {
                pipeline.ingest(year, phase);
            }
        }
        pipeline.analyze(2024);
        Path spark = workdir.resolve("warehouse/current/indicator_value").toRealPath();

        // when: DuckDB from the export, PostgreSQL from its tables, both by the generated statement
        Path input = workdir.resolve("anchor-input");
        new AnalyticsExport(dataSource).export(input, 2024);
        Path duckOut = workdir.resolve("anchor-duckdb");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
            st.execute("SET temp_directory = '" + workdir.resolve("duckdb-tmp") + "'");
            Catalogue catalogue = IndicatorSql.duckdbCatalogue(duck, input.toString());
            assertThat(catalogue.indicators()).hasSizeGreaterThanOrEqualTo(39);
            st.execute(IndicatorSql.duckdbParquet(duckOut.toString(), catalogue, input.toString(), 2024));
        }
        Path pgCsv = workdir.resolve("anchor-postgres.csv");
        try (Connection pg = dataSource.getConnection(); Statement st = pg.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + AnalyticsBenchmark.PG_TABLE);
            st.execute(IndicatorSql.postgresTable(AnalyticsBenchmark.PG_TABLE, IndicatorSql.postgresCatalogue(pg), 2024));
            try (OutputStream out = Files.newOutputStream(pgCsv)) {
                pg.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + String.join(", ", IndicatorSql.COLUMNS)
                        + " FROM " + AnalyticsBenchmark.PG_TABLE + ") TO STDOUT WITH (FORMAT csv, HEADER)", out);
            }
        }

        // then: the same rows, both ways
        String columns = String.join(", ", IndicatorSql.COLUMNS).replace("year, phase,",
                "CAST(year AS INTEGER) AS year, CAST(phase AS INTEGER) AS phase,");
        String sparkRows = "(SELECT " + columns + " FROM read_parquet('" + spark + "/**/*.parquet', hive_partitioning = true))";
        String duckRows = "(SELECT " + columns + " FROM read_parquet('" + duckOut + "/**/*.parquet', hive_partitioning = true))";
        String pgRows = "(SELECT * FROM read_csv('" + pgCsv + "', header = true, auto_detect = false, columns = {"
                + "'year': 'INTEGER', 'phase': 'INTEGER', 'level': 'VARCHAR', 'org_unit_code': 'VARCHAR', 'org_unit_name': 'VARCHAR',"
                + " 'indicator_code': 'VARCHAR', 'numerator': 'DOUBLE', 'denominator': 'DOUBLE', 'value': 'DOUBLE',"
                + " 'previous_year': 'INTEGER', 'previous_value': 'DOUBLE', 'change_abs': 'DOUBLE', 'change_pct': 'DOUBLE',"
                + " 'units_reporting': 'INTEGER', 'units_expected': 'INTEGER'}))";
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
            long count = count(st, "SELECT count(*) FROM " + sparkRows);
            assertThat(count).isGreaterThan(50_000L);
            assertThat(count(st, "SELECT count(DISTINCT phase) FROM " + sparkRows)).isEqualTo(3L);
            for (String[] anchor : List.of(new String[] {"DuckDB", duckRows}, new String[] {"PostgreSQL", pgRows})) {
                assertThat(count(st, "SELECT count(*) FROM " + anchor[1])).as(anchor[0] + " rows").isEqualTo(count);
                assertThat(sample(st, sparkRows + " EXCEPT " + anchor[1])).as("Spark rows missing from " + anchor[0]).isEmpty();
                assertThat(sample(st, anchor[1] + " EXCEPT " + sparkRows)).as(anchor[0] + " rows not in Spark's").isEmpty();
            }
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Up to 10 rows of a difference, printed in full so that a failure names the figures. */
    private static List<String> sample(Statement st, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM (" + sql + ") d ORDER BY ALL LIMIT 10")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
