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
 * The baseline of the ingest benchmark: {@code psql \copy} of the same inbox CSV files into a plain
 * table of text columns (no parsing, no validation, no upsert) on the same database server.
 */
public final class CopyBaseline {

    private CopyBaseline() {
    }

    public record Result(long rows, long millis) {
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
