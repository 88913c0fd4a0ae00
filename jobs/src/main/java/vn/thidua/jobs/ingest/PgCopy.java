package vn.thidua.jobs.ingest;

import java.io.StringReader;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams rows into a table with PostgreSQL COPY on the current transaction's connection: the
 * fastest way in, several times faster than batched INSERTs for the large files of a national roll-out.
 */
final class PgCopy {

    private PgCopy() {
    }

    static long copyIn(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object v = row[i];
                if (v == null) {
                    continue; // unquoted empty is NULL in COPY's csv format
                }
                if (v instanceof Number || v instanceof Boolean) {
                    csv.append(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
                } else {
                    csv.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY " + table + " thất bại: " + e.getMessage(), e);
            }
        });
        return copied == null ? 0 : copied;
    }
}
