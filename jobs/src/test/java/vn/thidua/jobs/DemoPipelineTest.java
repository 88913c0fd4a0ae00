package vn.thidua.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.jobs.run.Pipeline;

/**
 * The demo pipeline end to end on the bundled sample data, against the real embedded PostgreSQL:
 * reference data → ingest of 2023 and 2024 (both phases) → Spark → dashboards. Checks the tables,
 * the published Parquet (read back with DuckDB, an independent reader) and the chart files.
 */
@SpringBootTest(classes = ThiduaApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoPipelineTest {

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
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void theWholePipelineRunsOnTheSampleData() throws Exception {
        // when
        pipeline.referenceData();
        for (int year : new int[] {2023, 2024}) {
            for (int phase : new int[] {1, 2}) {
                pipeline.ingest(year, phase);
            }
        }
        pipeline.analyze(2024);
        pipeline.evaluate(2024);
        pipeline.render(2024);

        // then: reference data
        assertThat(count("SELECT count(*) FROM org_unit WHERE level = 3")).isBetween(650L, 720L);
        assertThat(count("SELECT count(*) FROM org_unit WHERE level = 2")).isGreaterThanOrEqualTo(11L);
        assertThat(count("SELECT count(*) FROM metric")).isEqualTo(23L);
        // submissions: every phase has figures; "not reported" stays absent, never zero
        for (int year : new int[] {2023, 2024}) {
            for (int phase : new int[] {1, 2}) {
                assertThat(count("SELECT count(*) FROM unit_submission WHERE year = " + year + " AND phase = " + phase))
                        .as("units with figures in %d phase %d", year, phase).isGreaterThan(500L);
            }
        }
        // the sample's expected yield (sample-data/README.md): reporting units plus the 11 federations' own rows
        assertThat(count("SELECT count(*) FROM unit_submission WHERE year = 2023 AND phase = 1")).isEqualTo(687L);
        assertThat(count("SELECT count(*) FROM unit_submission WHERE year = 2023 AND phase = 2")).isEqualTo(689L);
        assertThat(count("SELECT count(*) FROM unit_submission WHERE year = 2024 AND phase = 1")).isEqualTo(684L);
        assertThat(count("SELECT count(*) FROM unit_submission WHERE year = 2024 AND phase = 2")).isEqualTo(683L);
        assertThat(count("SELECT count(DISTINCT (source_file, line_no)) FROM submission_reject WHERE line_no IS NOT NULL"))
                .isEqualTo(8L);
        assertThat(count("SELECT count(*) FROM submission_reject WHERE line_no IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM submission_value")).isGreaterThan(40_000L);
        assertThat(count("SELECT count(*) FROM submission_value WHERE value IS NULL")).isZero();
        // the deliberate problems of the sample are rejected, each with file, line, column and reason
        List<Map<String, Object>> rejects = jdbc.queryForList("SELECT * FROM submission_reject");
        assertThat(rejects).extracting(r -> r.get("error_code")).contains("UNKNOWN_UNIT", "DUPLICATE_UNIT", "NOT_A_NUMBER",
                "NEGATIVE", "UNIT_CLOSED");
        assertThat(rejects).filteredOn(r -> r.get("line_no") != null)
                .allSatisfy(r -> assertThat(r.get("source_file")).isNotNull())
                .allSatisfy(r -> assertThat((String) r.get("message")).isNotBlank());
        assertThat(count("SELECT count(*) FROM submission_reject WHERE error_code LIKE 'RULE_%'")).isPositive();
        // a late file is marked late; the corrected resubmission left an audit trail
        assertThat(count("SELECT count(*) FROM import_file WHERE late AND year = 2024")).isPositive();
        assertThat(count("SELECT count(*) FROM submission_audit WHERE year = 2024 AND old_value IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM initiative")).isPositive();

        // the published Parquet, read by DuckDB
        Path current = workdir.resolve("warehouse/current");
        assertThat(current).exists();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement()) {
            String table = "read_parquet('" + current.toRealPath() + "/indicator_value/**/*.parquet', hive_partitioning = true)";
            ResultSet rs = st.executeQuery("SELECT value, previous_value, change_abs, units_reporting, units_expected FROM " + table
                    + " WHERE level = 'province' AND indicator_code = 'participation_rate' AND year = 2024 AND phase = 0");
            assertThat(rs.next()).isTrue();
            double value = rs.getDouble(1);
            double value2023 = rs.getDouble(2);
            assertThat(value).isBetween(50.0, 100.0);
            assertThat(value2023).isBetween(50.0, 100.0);
            assertThat(rs.getDouble(3)).isCloseTo(value - value2023, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rs.getInt(4)).isPositive().isLessThanOrEqualTo(rs.getInt(5));
            ResultSet levels = st.executeQuery("SELECT DISTINCT level FROM " + table + " ORDER BY level");
            List<String> found = new java.util.ArrayList<>();
            while (levels.next()) {
                found.add(levels.getString(1));
            }
            assertThat(found).containsExactly("cluster", "federation", "province", "unit");
        }
        // and the parity of one figure with PostgreSQL: registered members over members, 2024 phase 1, province
        Map<String, Object> sql = jdbc.queryForMap("SELECT sum(e.value) AS num, sum(m.value) AS den FROM submission_value e"
                + " JOIN submission_value m ON m.year = e.year AND m.phase = e.phase AND m.unit_code = e.unit_code"
                + " AND m.metric_code = 'members' JOIN org_unit u ON u.code = e.unit_code AND u.level = 3"
                + " WHERE e.metric_code = 'emulation_registered' AND e.year = 2024 AND e.phase = 1");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT numerator, denominator FROM read_parquet('" + current.toRealPath()
                    + "/indicator_value/**/*.parquet', hive_partitioning = true) WHERE level = 'province'"
                    + " AND indicator_code = 'participation_rate' AND year = 2024 AND phase = 1");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(((Number) sql.get("num")).doubleValue());
            assertThat(rs.getDouble(2)).isEqualTo(((Number) sql.get("den")).doubleValue());
        }

        // the comparative report for the 95th-anniversary review, and its tables for staff
        try (Stream<Path> reports = Files.list(workdir.resolve("reports"))) {
            List<Path> files = reports.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".xlsx")).toList();
            assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith(".pdf"))
                    .anySatisfy(f -> assertThat(f.toString()).endsWith(".xlsx"));
            for (Path f : files) {
                assertThat(Files.size(f)).isGreaterThan(10_000L);
            }
        }

        // the year-end grades of every grassroots union, in Parquet with an explanation per unit
        try (Stream<Path> runs = Files.list(workdir.resolve("warehouse/evaluation"));
             Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement()) {
            Path run = runs.filter(Files::isDirectory).findFirst().orElseThrow();
            ResultSet grades = st.executeQuery("SELECT count(*), count(DISTINCT grade) FROM read_parquet('" + run
                    + "/evaluation_result/*.parquet')");
            assertThat(grades.next()).isTrue();
            assertThat(grades.getLong(1)).isBetween(650L, 720L);
            assertThat(grades.getLong(2)).isGreaterThanOrEqualTo(3L);
            assertThat(run.resolve("exports/ket-qua-xep-loai.xlsx")).exists();
            // 2024, 2023 graded by the same rubric, and the official 2023 grades of the sample
            ResultSet excellent = st.executeQuery("SELECT year, basis, units FROM read_parquet('" + run
                    + "/grade_distribution/*.parquet') WHERE scope = 'province' AND grade = 'xuat_sac' ORDER BY year DESC, basis DESC");
            List<String> rows = new java.util.ArrayList<>();
            while (excellent.next()) {
                rows.add(excellent.getInt(1) + " " + excellent.getString(2) + " " + excellent.getInt(3));
            }
            assertThat(rows).containsExactly("2024 rubric 101", "2023 rubric 93", "2023 official 160");
        }

        // the dashboard: a page in Vietnamese and charts a person can open
        Path index = workdir.resolve("dashboards/index.html");
        assertThat(index).exists();
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"vi\"").contains("so với năm 2023")
                .contains("Năm 2024 có 101 CĐCS hoàn thành xuất sắc nhiệm vụ", "src=\"xep-loai-toan-tinh.png\"");
        try (Stream<Path> files = Files.list(workdir.resolve("dashboards"))) {
            List<Path> charts = files.filter(f -> f.toString().endsWith(".png")).toList();
            assertThat(charts).isNotEmpty();
            for (Path chart : charts) {
                BufferedImage image = ImageIO.read(chart.toFile());
                assertThat(image.getWidth()).isGreaterThan(400);
                assertThat(html).contains(chart.getFileName().toString());
            }
        }
    }

    @Test
    @Order(2)
    void theParquetAgreesWithPlainSqlOverSubmissionValue() throws Exception {
        // given the indicators recomputed in PostgreSQL, per federation and for the province, phases 1 and 2
        Path current = workdir.resolve("warehouse/current").toRealPath();
        String parquet = "read_parquet('" + current + "/indicator_value/**/*.parquet', hive_partitioning = true)";
        Map<String, String[]> ratios = Map.of(
                "participation_rate", new String[] {"emulation_registered", "members"},
                "initiatives_per_100_members", new String[] {"initiatives_registered", "members"},
                "recognition_rate", new String[] {"initiatives_recognized", "initiatives_registered"},
                "tet_coverage", new String[] {"tet_support_recipients", "members + workers"},
                "good_creative_labour_rate", new String[] {"participants_good_creative_labour", "members"});
        int compared = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String[] level : new String[][] {{"federation", "parent_code"}, {"province", "province"}, {"cluster", "cluster"}}) {
                for (Map.Entry<String, String[]> indicator : ratios.entrySet()) {
                    compared += compare(duck, parquet, level[0], indicator.getKey(),
                            ParityQueries.ratio(indicator.getValue()[0], indicator.getValue()[1], level[1], 2024));
                }
                compared += compare(duck, parquet, level[0], "reporting_completeness", ParityQueries.completeness(level[1], 2024));
            }
        }
        // then every group of every phase agreed: integers exactly, ratios to 1e-9
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    @Order(2)
    void theYearPairsThePhasesAsTheContractSays() throws Exception {
        // given the year figures recomputed in PostgreSQL from contract §4's words, phase by phase paired
        Path current = workdir.resolve("warehouse/current").toRealPath();
        String parquet = "read_parquet('" + current + "/indicator_value/**/*.parquet', hive_partitioning = true)";
        int compared = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String[] level : new String[][] {{"federation", "parent_code"}, {"province", "province"}, {"cluster", "cluster"}}) {
                compared += compare(duck, parquet, level[0], "participation_rate", 100,
                        ParityQueries.yearRatio("emulation_registered", true, "members", true, level[1], 2024));
                compared += compare(duck, parquet, level[0], "initiatives_per_100_members", 100,
                        ParityQueries.yearRatio("initiatives_registered", false, "members", true, level[1], 2024));
                compared += compare(duck, parquet, level[0], "recognition_rate", 100,
                        ParityQueries.yearRatio("initiatives_recognized", false, "initiatives_registered", false, level[1], 2024));
                compared += compare(duck, parquet, level[0], "tet_coverage", 100,
                        ParityQueries.yearRatio("tet_support_recipients", false, "members + workers", true, level[1], 2024));
                compared += compare(duck, parquet, level[0], "members_admitted_achievement", 100,
                        ParityQueries.yearAchievement("members_admitted", level[1], 2024));
                compared += compare(duck, parquet, level[0], "initiatives_registered_gap", 1,
                        ParityQueries.yearRegisterGap(level[1], 2024));
            }
            // then they agree, and the province's year gap is the sum of its phases' gaps (never a register
            // missing in one phase counted as zero)
            try (Statement sql = duck.createStatement(); ResultSet gaps = sql.executeQuery("SELECT phase, numerator FROM "
                    + parquet + " WHERE year = 2024 AND level = 'province' AND indicator_code = 'initiatives_registered_gap'"
                    + " ORDER BY phase")) {
                double[] byPhase = new double[3];
                while (gaps.next()) {
                    byPhase[gaps.getInt(1)] = gaps.getDouble(2);
                }
                assertThat(byPhase[0]).isEqualTo(byPhase[1] + byPhase[2]);
            }
        }
        assertThat(compared).isGreaterThan(60);
    }

    @Test
    @Order(2)
    void registerCountsAndClusterRankingsAgreeWithIndependentQueries() throws Exception {
        // given the initiative registers counted in PostgreSQL for the units open in each phase of 2024
        Path current = workdir.resolve("warehouse/current").toRealPath();
        String parquet = "read_parquet('" + current + "/indicator_value/**/*.parquet', hive_partitioning = true)";
        List<Map<String, Object>> registers = jdbc.queryForList("SELECT i.phase, count(*) AS registered,"
                + " count(*) FILTER (WHERE i.status IN ('recognized', 'applied')) AS recognized,"
                + " count(*) FILTER (WHERE i.status = 'applied') AS applied"
                + " FROM initiative i JOIN org_unit u ON u.code = i.unit_code"
                + " JOIN phase p ON p.year = i.year AND p.phase = i.phase"
                + " WHERE i.year = 2024 AND u.level = 3 AND (u.opened_on IS NULL OR u.opened_on <= p.ends_on)"
                + " AND (u.closed_on IS NULL OR u.closed_on >= p.starts_on) GROUP BY i.phase ORDER BY i.phase");
        assertThat(registers).hasSize(2);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            long yearRegistered = 0;
            for (Map<String, Object> phase : registers) {
                for (String status : List.of("registered", "recognized", "applied")) {
                    // then the province's register counts of each phase are exactly those
                    ResultSet rs = sql.executeQuery("SELECT numerator FROM " + parquet + " WHERE level = 'province'"
                            + " AND indicator_code = 'initiatives_" + status + "_register' AND phase = " + phase.get("phase"));
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as(status + " phase " + phase.get("phase"))
                            .isEqualTo(((Number) phase.get(status)).longValue());
                }
                yearRegistered += ((Number) phase.get("registered")).longValue();
            }
            ResultSet year = sql.executeQuery("SELECT numerator FROM " + parquet + " WHERE level = 'province'"
                    + " AND indicator_code = 'initiatives_registered_register' AND phase = 0");
            assertThat(year.next()).isTrue();
            assertThat(year.getLong(1)).isEqualTo(yearRegistered);

            // and every cluster ranking is the rank DuckDB gives the units' yearly values in their cluster
            ResultSet disagreements = sql.executeQuery("WITH mine AS (SELECT v.indicator_code, u.cluster AS cluster_code,"
                    + " v.org_unit_code, rank() OVER (PARTITION BY u.cluster, v.indicator_code ORDER BY v.value DESC) AS rank"
                    + " FROM " + parquet + " v JOIN read_parquet('" + current + "/org_unit/*.parquet') u"
                    + " ON u.code = v.org_unit_code WHERE v.year = 2024 AND v.phase = 0 AND v.level = 'unit'"
                    + " AND v.value IS NOT NULL AND u.cluster IS NOT NULL AND v.indicator_code IN"
                    + " (SELECT DISTINCT indicator_code FROM read_parquet('" + current + "/cluster_ranking/**/*.parquet')))"
                    + " SELECT count(*) FROM mine FULL JOIN read_parquet('" + current
                    + "/cluster_ranking/**/*.parquet') r USING (indicator_code, cluster_code, org_unit_code)"
                    + " WHERE mine.rank IS DISTINCT FROM r.rank");
            disagreements.next();
            assertThat(disagreements.getLong(1)).isZero();
            ResultSet ranked = sql.executeQuery("SELECT count(DISTINCT indicator_code) FROM read_parquet('"
                    + current + "/cluster_ranking/**/*.parquet')");
            ranked.next();
            assertThat(ranked.getLong(1)).as("rate indicators ranked").isGreaterThanOrEqualTo(10);
        }
    }

    private int compare(Connection duck, String parquet, String level, String indicator, String sql) throws Exception {
        return compare(duck, parquet, level, indicator, 100, sql);
    }

    private int compare(Connection duck, String parquet, String level, String indicator, double scale, String sql)
            throws Exception {
        int compared = 0;
        for (Map<String, Object> expected : jdbc.queryForList(sql)) {
            try (var ps = duck.prepareStatement("SELECT numerator, denominator, value FROM " + parquet
                    + " WHERE year = 2024 AND level = ? AND indicator_code = ? AND org_unit_code = ? AND phase = ?")) {
                ps.setString(1, level);
                ps.setString(2, indicator);
                ps.setString(3, (String) expected.get("org_unit_code"));
                ps.setInt(4, ((Number) expected.get("phase")).intValue());
                ResultSet rs = ps.executeQuery();
                String what = level + " " + expected.get("org_unit_code") + " phase " + expected.get("phase") + " " + indicator;
                assertThat(rs.next()).as(what).isTrue();
                if (expected.get("numerator") == null || expected.get("denominator") == null
                        || ((Number) expected.get("denominator")).doubleValue() == 0) {
                    // no unit reported both terms: missing, never zero
                    assertThat(rs.getObject(3)).as(what + " value").isNull();
                    continue;
                }
                double num = ((Number) expected.get("numerator")).doubleValue();
                double den = ((Number) expected.get("denominator")).doubleValue();
                assertThat(rs.getDouble(1)).as(what + " numerator").isEqualTo(num);
                if (scale == 1) { // a total: no denominator
                    assertThat(rs.getObject(2)).as(what + " denominator").isNull();
                    assertThat(rs.getDouble(3)).as(what + " value").isEqualTo(num);
                    compared++;
                    continue;
                }
                assertThat(rs.getDouble(2)).as(what + " denominator").isEqualTo(den);
                assertThat(rs.getDouble(3)).as(what + " value").isCloseTo(num / den * scale, org.assertj.core.data.Offset.offset(1e-9));
                compared++;
            }
        }
        return compared;
    }

    @Test
    @Order(3)
    void runningItAgainChangesNothing() throws Exception {
        // given the state after the first run
        Map<String, Long> before = snapshotOfTables();
        // when
        pipeline.referenceData();
        for (int year : new int[] {2023, 2024}) {
            for (int phase : new int[] {1, 2}) {
                pipeline.ingest(year, phase);
            }
        }
        // then
        assertThat(snapshotOfTables()).isEqualTo(before);
    }

    private Map<String, Long> snapshotOfTables() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("org_unit", "metric", "indicator", "target", "import_file", "unit_submission",
                "submission_audit", "import_issue", "initiative")) {
            counts.put(table, count("SELECT count(*) FROM " + table));
        }
        counts.put("figures-hash", count("SELECT coalesce(sum(hashtext(unit_code || figures::text)), 0) FROM unit_submission"));
        return counts;
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
