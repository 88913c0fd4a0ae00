package vn.thidua.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams a file's rows into a table with PostgreSQL COPY on the current transaction's connection: the
 * fastest way in, several times faster than batched INSERTs for the large files of a national roll-out.
 * The rows come rendered ({@link CopyLines}); only the import file's id is written here, before each line.
 */
final class PgCopy {

    private static final int CHUNK_BYTES = 64 * 1024;

    private PgCopy() {
    }

    /**
     * @param columns the table's columns after import_file_id, in the order of the lines
     * @param which   the lines to copy, in order; null for all of them
     */
    static long copyIn(JdbcTemplate jdbc, String table, List<String> columns, long fileId, CopyLines lines, int[] which) {
        int count = which == null ? lines.size() : which.length;
        if (count == 0) {
            return 0;
        }
        String sql = "COPY " + table + " (import_file_id, " + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        byte[] id = Long.toString(fileId).getBytes(StandardCharsets.US_ASCII);
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                // sent in pieces: a file of 100,000 rows is never one more copy of itself in memory
                byte[] chunk = new byte[CHUNK_BYTES];
                int used = 0;
                for (int n = 0; n < count; n++) {
                    byte[] line = lines.lines()[which == null ? n : which[n]];
                    if (used + id.length + line.length > chunk.length) {
                        copy.writeToCopy(chunk, 0, used);
                        used = 0;
                        if (id.length + line.length > chunk.length) {
                            chunk = new byte[id.length + line.length];
                        }
                    }
                    System.arraycopy(id, 0, chunk, used, id.length);
                    System.arraycopy(line, 0, chunk, used + id.length, line.length);
                    used += id.length + line.length;
                }
                if (used > 0) {
                    copy.writeToCopy(chunk, 0, used);
                }
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
        return copied == null ? 0 : copied;
    }
}
