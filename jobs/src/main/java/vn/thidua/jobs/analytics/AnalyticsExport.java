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
import vn.thidua.reference.ExportFile;

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

    private static String columns(ExportFile file) {
        return String.join(", ", file.columns());
    }

    /**
     * input.properties (contract §3): the catalogue version, the watermark (the latest processed file), the
     * data cut-off (when the last accepted file of the year was received, and whether its time is known) and
     * the export time, all read in the export's own transaction.
     */
    private static String properties(Connection connection, int year) {
        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
        String version = jdbc.queryForObject("SELECT coalesce((SELECT version FROM catalogue_version"
                + " ORDER BY loaded_at DESC, version DESC LIMIT 1), '')", String.class);
        java.sql.Timestamp watermark = jdbc.queryForObject("SELECT max(processed_at) FROM import_file", java.sql.Timestamp.class);
        List<Map<String, Object>> last = jdbc.queryForList("SELECT received_at, received_time_known FROM import_file"
                + " WHERE status = 'loaded' AND year = ? ORDER BY received_at DESC, id DESC LIMIT 1", year);
        java.sql.Timestamp now = jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class);
        StringBuilder text = new StringBuilder();
        text.append("catalogue_version=").append(version).append('\n');
        text.append("watermark=").append(watermark == null ? "" : watermark.toInstant()).append('\n');
        if (!last.isEmpty()) {
            text.append("data_cutoff=").append(((java.sql.Timestamp) last.get(0).get("received_at")).toInstant()).append('\n');
            text.append("data_cutoff_time_known=").append(last.get(0).get("received_time_known")).append('\n');
        }
        text.append("exported_at=").append(now.toInstant()).append('\n');
        return text.toString();
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
                Map<ExportFile, String> queries = new java.util.LinkedHashMap<>();
                queries.put(ExportFile.ORG_UNITS, "SELECT " + columns(ExportFile.ORG_UNITS) + " FROM org_unit ORDER BY code");
                queries.put(ExportFile.CLUSTERS, "SELECT " + columns(ExportFile.CLUSTERS) + " FROM cluster ORDER BY code");
                queries.put(ExportFile.PHASES, "SELECT " + columns(ExportFile.PHASES) + " FROM phase ORDER BY year, phase");
                queries.put(ExportFile.METRICS, "SELECT " + columns(ExportFile.METRICS).replace("required",
                        "CASE WHEN required THEN 'true' ELSE 'false' END AS required") + " FROM metric ORDER BY ordinal");
                queries.put(ExportFile.INDICATORS, "SELECT " + columns(ExportFile.INDICATORS) + " FROM indicator ORDER BY ordinal");
                queries.put(ExportFile.TARGETS, "SELECT " + columns(ExportFile.TARGETS) + " FROM target"
                        + " WHERE year IN (" + (year - 1) + ", " + year + ") ORDER BY year, unit_code, metric_code");
                queries.put(ExportFile.MOVEMENTS, "SELECT " + columns(ExportFile.MOVEMENTS) + " FROM movement"
                        + " WHERE year IN (" + (year - 1) + ", " + year + ") ORDER BY year");
                queries.put(ExportFile.SUBMISSIONS, "SELECT year, phase, unit_code,"
                        + " to_char(submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI:SS') AS submitted_at,"
                        + " CASE WHEN late THEN 'true' ELSE 'false' END AS late"
                        + metrics.stream().map(m -> ", (figures ->> '" + m.replace("'", "''") + "')::numeric AS \"" + m + "\"")
                                .collect(Collectors.joining())
                        + " FROM unit_submission WHERE year IN (" + (year - 1) + ", " + year + ") ORDER BY year, phase, unit_code");
                // The registers summed per unit and phase: an applied initiative was recognised and
                // registered before, so each status counts in the ones below it.
                queries.put(ExportFile.INITIATIVE_REGISTER, "SELECT year, phase, unit_code, count(*) AS registered,"
                        + " count(*) FILTER (WHERE status IN ('recognized', 'applied')) AS recognized,"
                        + " count(*) FILTER (WHERE status = 'applied') AS applied, sum(benefit_vnd) AS benefit_vnd"
                        + " FROM initiative WHERE year IN (" + (year - 1) + ", " + year + ")"
                        + " GROUP BY year, phase, unit_code ORDER BY year, phase, unit_code");
                Map<String, Long> rows = new java.util.LinkedHashMap<>();
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<ExportFile, String> query : queries.entrySet()) {
                    String file = query.getKey().fileName();
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                        rows.put(file, copy.copyOut("COPY (" + query.getValue() + ") TO STDOUT WITH (FORMAT csv, HEADER)", out));
                    }
                }
                Files.writeString(dir.resolve(ExportFile.PROPERTIES), properties(connection, year), StandardCharsets.UTF_8);
                return rows;
            } finally {
                connection.rollback();
            }
        }
    }
}
