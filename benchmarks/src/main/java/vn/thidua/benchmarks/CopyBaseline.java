package vn.thidua.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The anchors of the ingest benchmark, both {@code psql \copy} on the same database server:
 * {@link #equalWork} — the rows the ingest stored (the phase's {@code unit_submission} rows with their jsonb
 * figures and the initiatives of its registers), copied into copies of those tables with their keys, checks
 * and indexes: the same rows in the same typed, indexed form; and {@link #run} — the inbox CSV files into a
 * plain table of text columns (no parsing, no validation, no keys), the floor.
 */
public final class CopyBaseline {

    private CopyBaseline() {
    }

    public record Result(long rows, long millis) {
    }

    /**
     * Dumps the phase's stored rows of {@code unit_submission} and {@code initiative} to CSV (not timed), makes
     * {@code CREATE TABLE … (LIKE … INCLUDING ALL)} copies of both (not timed), then times {@code psql \copy} of
     * the rows into them in one psql session.
     */
    public static Result equalWork(javax.sql.DataSource dataSource, int year, int phase, String host, int port, String user,
                                   String database, Path scratch) throws Exception {
        List<String> tables = List.of("unit_submission", "initiative");
        StringBuilder create = new StringBuilder();
        StringBuilder copies = new StringBuilder("\\set ON_ERROR_STOP on\n");
        try (java.sql.Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            for (String table : tables) {
                Path csv = scratch.resolve("equal-work-" + table + ".csv");
                try (java.io.OutputStream out = Files.newOutputStream(csv)) {
                    copy.copyOut("COPY (SELECT * FROM " + table + " WHERE year = " + year + " AND phase = " + phase
                            + ") TO STDOUT WITH (FORMAT csv)", out);
                }
                create.append("DROP TABLE IF EXISTS copy_").append(table).append("; CREATE TABLE copy_").append(table)
                        .append(" (LIKE ").append(table).append(" INCLUDING ALL);\n");
                copies.append("\\copy copy_").append(table).append(" FROM '").append(csv.toAbsolutePath().toString().replace("'", "''"))
                        .append("' WITH (FORMAT csv)\n");
            }
        }
        psql(host, port, user, database, scratch.resolve("equal-work-create.sql"), "\\set ON_ERROR_STOP on\n" + create);
        Path script = scratch.resolve("equal-work-copy.sql");
        long started = System.nanoTime();
        psql(host, port, user, database, script, copies.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        long rows = 0;
        for (String table : tables) {
            rows += Long.parseLong(psql(host, port, user, database, null, "SELECT count(*) FROM copy_" + table).trim());
        }
        return new Result(rows, millis);
    }

    /** Runs a psql script file (written first) or, with no file, one command with unaligned output. */
    private static String psql(String host, int port, String user, String database, Path file, String text) throws Exception {
        List<String> command = new ArrayList<>(List.of("psql", "-q", "-h", host, "-p", Integer.toString(port), "-U", user, "-d", database));
        if (file != null) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            command.addAll(List.of("-f", file.toString()));
        } else {
            command.addAll(List.of("-tA", "-c", text));
        }
        Process psql = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql thất bại: " + output);
        }
        return output;
    }

    public static Result run(Path inbox, String host, int port, String user, String database, Path scratch) throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.list(inbox)) {
            files = all.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        int widest = 0;
        StringBuilder script = new StringBuilder("\\set ON_ERROR_STOP on\n");
        List<String> copies = new ArrayList<>();
        for (Path file : files) {
            String header = firstLine(file);
            int commas = fields(header, ',');
            int semicolons = fields(header, ';');
            char delimiter = semicolons > commas ? ';' : ',';
            int columns = Math.max(commas, semicolons);
            widest = Math.max(widest, columns);
            StringBuilder list = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                list.append(i == 1 ? "" : ", ").append('c').append(i);
            }
            copies.add("\\copy copy_baseline (" + list + ") FROM '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' WITH (FORMAT csv, HEADER true, DELIMITER '" + delimiter + "')\n");
        }
        StringBuilder table = new StringBuilder("DROP TABLE IF EXISTS copy_baseline;\nCREATE TABLE copy_baseline (");
        for (int i = 1; i <= widest; i++) {
            table.append(i == 1 ? "" : ", ").append('c').append(i).append(" text");
        }
        script.append(table).append(");\n");
        copies.forEach(script::append);
        Path sql = scratch.resolve("copy-baseline.sql");
        Files.writeString(sql, script, StandardCharsets.UTF_8);

        long started = System.nanoTime();
        Process psql = new ProcessBuilder("psql", "-q", "-h", host, "-p", Integer.toString(port), "-U", user, "-d", database,
                "-f", sql.toString()).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql thất bại: " + output);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Process count = new ProcessBuilder("psql", "-qtA", "-h", host, "-p", Integer.toString(port), "-U", user, "-d", database,
                "-c", "SELECT count(*) FROM copy_baseline").redirectErrorStream(true).start();
        long rows = Long.parseLong(new String(count.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        count.waitFor();
        return new Result(rows, millis);
    }

    /** Header fields as COPY will count them: quoted labels may hold the delimiter. */
    private static int fields(String header, char delimiter) throws IOException {
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter).get().parse(new java.io.StringReader(header))) {
            var records = parser.getRecords();
            return records.isEmpty() ? 0 : records.get(0).size();
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            return line == null ? "" : line.replace("\uFEFF", "");
        }
    }
}
