package vn.thidua.jobs.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exports what the Spark job reads (docs/data-contracts.md §3) with PostgreSQL COPY, all in one
 * REPEATABLE READ transaction, so a run sees one consistent state even while an ingest commits. The
 * Spark job then needs no database driver and runs on a cluster from files alone.
 */
public class AnalyticsExport {

    private final DataSource dataSource;

    public AnalyticsExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the input files into {@code dir}; returns rows per file. */
    public Map<String, Long> export(Path dir, int year) throws SQLException, IOException {
        Files.createDirectories(dir);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                List<String> metrics = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                        .queryForList("SELECT code FROM metric ORDER BY ordinal", String.class);
                Map<String, String> queries = new java.util.LinkedHashMap<>();
                queries.put("org_units.csv", "SELECT code, name, parent_code, level, type, cluster, opened_on, closed_on"
                        + " FROM org_unit ORDER BY code");
                queries.put("clusters.csv", "SELECT code, name FROM cluster ORDER BY code");
                queries.put("phases.csv", "SELECT year, phase, name, starts_on, ends_on, deadline FROM phase ORDER BY year, phase");
                queries.put("metrics.csv", "SELECT code, label_vi, label_en, unit, kind, min_value, max_value, max_change_pct,"
                        + " CASE WHEN required THEN 'true' ELSE 'false' END AS required, aliases FROM metric ORDER BY ordinal");
                queries.put("indicators.csv", "SELECT code, label_vi, label_en, numerator, denominator, scale, unit"
                        + " FROM indicator ORDER BY ordinal");
                queries.put("targets.csv", "SELECT year, unit_code, metric_code, target_value FROM target"
                        + " WHERE year IN (" + (year - 1) + ", " + year + ") ORDER BY year, unit_code, metric_code");
                queries.put("submissions.csv", "SELECT year, phase, unit_code,"
                        + " to_char(submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI:SS') AS submitted_at,"
                        + " CASE WHEN late THEN 'true' ELSE 'false' END AS late"
                        + metrics.stream().map(m -> ", (figures ->> '" + m.replace("'", "''") + "')::numeric AS \"" + m + "\"")
                                .collect(Collectors.joining())
                        + " FROM unit_submission WHERE year IN (" + (year - 1) + ", " + year + ") ORDER BY year, phase, unit_code");
                // The registers summed per unit and phase: an applied initiative was recognised and
                // registered before, so each status counts in the ones below it.
                queries.put("initiative_register.csv", "SELECT year, phase, unit_code, count(*) AS registered,"
                        + " count(*) FILTER (WHERE status IN ('recognized', 'applied')) AS recognized,"
                        + " count(*) FILTER (WHERE status = 'applied') AS applied, sum(benefit_vnd) AS benefit_vnd"
                        + " FROM initiative WHERE year IN (" + (year - 1) + ", " + year + ")"
                        + " GROUP BY year, phase, unit_code ORDER BY year, phase, unit_code");
                Map<String, Long> rows = new java.util.LinkedHashMap<>();
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, String> query : queries.entrySet()) {
                    try (OutputStream out = Files.newOutputStream(dir.resolve(query.getKey()))) {
                        rows.put(query.getKey(), copy.copyOut("COPY (" + query.getValue() + ") TO STDOUT WITH (FORMAT csv, HEADER)", out));
                    }
                }
                String properties = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                        .queryForObject("SELECT 'catalogue_version=' || coalesce((SELECT version FROM catalogue_version"
                                + " ORDER BY loaded_at DESC, version DESC LIMIT 1), '')"
                                + " || E'\\nwatermark=' || coalesce(to_char((SELECT max(processed_at) FROM import_file)"
                                + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '')"
                                + " || E'\\nexported_at=' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
                                String.class);
                Files.writeString(dir.resolve("input.properties"), properties + "\n", StandardCharsets.UTF_8);
                return rows;
            } finally {
                connection.rollback();
            }
        }
    }
}
