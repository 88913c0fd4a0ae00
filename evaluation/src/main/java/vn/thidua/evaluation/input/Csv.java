package vn.thidua.evaluation.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small CSV files this module reads (org_units.csv, exclusions, adjustments): RFC 4180, UTF-8 with or
 * without a BOM (staff edit them in Excel), header first, columns found by name. Rows are kept with
 * their line number so that an error can point at the line staff see in their editor.
 */
public final class Csv {

    /** One data row: values by lower-case header, and the line it starts on (the header is line 1). */
    public record Row(int line, Map<String, String> values) {

        /** Trimmed value, {@code null} when the column is missing or the cell is empty. */
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private Csv() {
    }

    public static List<Row> read(Path file, String... requiredColumns) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được / cannot read " + file, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(text, records, lines);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                throw new IllegalArgumentException("Tệp " + file + " thiếu cột '" + required + "' / missing column");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            rows.add(new Row(lines.get(r), values));
        }
        return rows;
    }

    private static void parse(String text, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
