package vn.thidua.reference.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.thidua.reference.ReferenceException;

/**
 * The CSV files staff curate and modules exchange (reference data, exclusions, adjustments, the analytics
 * export): RFC 4180, UTF-8 with or without a BOM (staff edit them in Excel), header first. Read with Commons
 * CSV, strictly: a quote never closed, or text after a closing quote, is an error with its line, never a
 * row swallowed silently. Rows keep the line a person sees in their editor.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setLenientEof(false)
            .setTrailingData(false)
            .get();

    private CsvTable() {
    }

    /** One data row: values by header (trimmed; an empty cell is ""), and the line it starts on (header = 1). */
    public record Row(long line, Map<String, String> values) {

        /** The trimmed value; "" when the cell is empty. */
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value;
        }

        /** The trimmed value, or null when the column is missing or the cell is empty. */
        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? null : value;
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void accept(Row row) throws IOException;
    }

    /** A file whose header must be exactly {@code columns}, in that order. */
    public static List<Row> readExactly(Path file, List<String> columns) {
        List<Row> rows = new ArrayList<>();
        try {
            forEachExactly(file, columns, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Streams the rows of a file whose header must be exactly {@code columns}: for files too large to hold. */
    public static void forEachExactly(Path file, List<String> columns, RowHandler handler) throws IOException {
        read(file, header -> {
            if (!header.equals(columns)) {
                throw new ReferenceException(file.getFileName() + ": tiêu đề cột phải đúng là " + String.join(",", columns)
                        + " nhưng là " + String.join(",", header));
            }
        }, true, handler);
    }

    /**
     * A file that must have at least {@code required} columns (by name, any case); other columns are kept.
     * Blank lines are skipped.
     */
    public static List<Row> readByName(Path file, String... required) {
        List<Row> rows = new ArrayList<>();
        try {
            read(file, header -> {
                for (String column : required) {
                    if (!header.contains(column)) {
                        throw new ReferenceException(file.getFileName() + ": thiếu cột " + column + " (có: "
                                + String.join(", ", header) + ")");
                    }
                }
            }, false, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Excel writes a byte-order mark before "CSV UTF-8"; it is not part of the first column's name. */
    private static Reader withoutBom(java.io.BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private interface HeaderCheck {
        void check(List<String> header);
    }

    private static void read(Path file, HeaderCheck check, boolean exactWidth, RowHandler handler) throws IOException {
        try (Reader reader = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = null;
            long lastLine = 0;
            for (CSVRecord record : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                List<String> fields = record.toList().stream().map(String::trim).toList();
                if (header == null) {
                    header = fields.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
                    if (!exactWidth) {
                        check.check(header);
                    } else {
                        check.check(fields);
                    }
                    continue;
                }
                if (fields.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (exactWidth && fields.size() != header.size()) {
                    throw new ReferenceException(file.getFileName() + " dòng " + line + ": có " + fields.size()
                            + " cột, cần " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < fields.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                handler.accept(new Row(line, values));
            }
            if (header == null) {
                throw new ReferenceException(file.getFileName() + ": tệp rỗng");
            }
        } catch (UncheckedIOException e) {
            throw new ReferenceException(file.getFileName() + ": tệp CSV hỏng (dấu ngoặc kép mở mà không đóng, hoặc ký tự"
                    + " thừa sau dấu ngoặc kép đóng): " + e.getCause().getMessage(), e);
        }
    }
}
