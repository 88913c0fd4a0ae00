package vn.thidua.jobs.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a reference CSV (UTF-8, comma, header first) whose columns must be exactly the expected ones:
 * reference data is curated by staff, so a wrong header is an error, never a guess.
 */
public final class StrictCsvTable {

    private StrictCsvTable() {
    }

    public static List<Map<String, String>> read(Path file, List<String> expectedColumns) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        forEach(file, expectedColumns, rows::add);
        return rows;
    }

    /** Streams the rows one at a time, for reference files too large to hold (national targets). */
    public static void forEach(Path file, List<String> expectedColumns, RowHandler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvTokenizer tokenizer = new CsvTokenizer(reader, ',', 1_000_000);
            CsvRecord header = tokenizer.next();
            if (header == null) {
                throw new IOException(file + ": tệp rỗng (empty file)");
            }
            List<String> columns = header.fields().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            if (!columns.equals(expectedColumns)) {
                throw new IOException(file + ": tiêu đề cột phải là " + String.join(",", expectedColumns)
                        + " (header must be exactly that), nhưng là " + String.join(",", columns));
            }
            for (CsvRecord record = tokenizer.next(); record != null; record = tokenizer.next()) {
                if (record.isBlank()) {
                    continue;
                }
                if (record.fields().size() != columns.size()) {
                    throw new IOException(file + " dòng " + record.lineNo() + ": có " + record.fields().size()
                            + " cột, cần " + columns.size() + " (wrong number of columns)");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), record.fields().get(i).trim());
                }
                handler.accept(row);
            }
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void accept(Map<String, String> row) throws IOException;
    }
}
