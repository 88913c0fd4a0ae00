package vn.thidua.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                // sent in pieces as the rows are rendered: a file of 100,000 rows never becomes one string
                StringBuilder csv = new StringBuilder(CHUNK_CHARS + 4096);
                for (Object[] row : rows) {
                    appendRow(csv, row);
                    if (csv.length() >= CHUNK_CHARS) {
                        send(copy, csv);
                    }
                }
                send(copy, csv);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
        return copied == null ? 0 : copied;
    }

    private static final int CHUNK_CHARS = 64 * 1024;

    private static void send(CopyIn copy, StringBuilder csv) throws java.sql.SQLException {
        if (csv.length() > 0) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
        }
    }

    private static void appendRow(StringBuilder csv, Object[] row) {
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
}
