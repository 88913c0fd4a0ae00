package vn.thidua.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An independent reader of the generated files, written from docs/data-contracts.md rather than from
 * the generator's code: if the generator drifts from the contract, these tests notice.
 */
final class TestFiles {
    private TestFiles() {}

    /** A submission row: raw cell texts by metric code, with where it was found. */
    record Sub(Path file, int line, String unitCode, Map<String, String> raw) {
        Long value(String metric) {
            String s = raw.get(metric);
            if (s == null || s.isBlank()) {
                return null;
            }
            String t = file.toString().endsWith(".csv") && semicolon(file) ? s.replace(".", "") : s;
            return Long.parseLong(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
        }
    }

    /** RFC 4180 records of a CSV (BOM stripped); the delimiter is guessed from the header line. */
    static List<List<String>> csv(Path file) {
        String text = read(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char d = semicolon(file) ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == d) {
                rec.add(f.toString());
                f.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                rec.add(f.toString());
                f.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !rec.isEmpty()) {
            rec.add(f.toString());
            records.add(rec);
        }
        return records;
    }

    /** A CSV with Vietnamese numbers: its first line uses ';'. */
    static boolean semicolon(Path file) {
        if (!file.toString().endsWith(".csv")) {
            return false;
        }
        return SEMICOLON.computeIfAbsent(file, f -> {
            String text = read(f);
            int eol = text.indexOf('\n');
            String header = text.substring(0, eol < 0 ? text.length() : eol);
            return count(header, ';') > count(header, ',');
        });
    }

    private static final Map<Path, Boolean> SEMICOLON = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Path, List<Sub>> SUBMISSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** Sheet rows as texts (index = Excel row - 1); numbers as integers, formulas as their cached value. */
    static List<List<String>> xlsx(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                var row = s.getRow(r);
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> {
                double v = c.getNumericCellValue();
                yield v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            }
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    static List<List<String>> rows(Path file) {
        return file.toString().endsWith(".xlsx") ? xlsx(file) : csv(file);
    }

    /** Header text → column key: "unit_code", "unit_name", "year", "phase", a metric code, or null. */
    static String column(String header) {
        String h = norm(header);
        if (h.equals("ma don vi") || h.equals("unit_code")) {
            return "unit_code";
        }
        if (h.equals("ten don vi") || h.equals("unit_name")) {
            return "unit_name";
        }
        if (h.equals("nam") || h.equals("year")) {
            return "year";
        }
        if (h.equals("dot") || h.equals("phase")) {
            return "phase";
        }
        for (Map<String, String> m : Catalogue.metrics()) {
            if (h.equals(m.get("code")) || h.equals(norm(m.get("label_vi")))
                    || Stream.of(m.get("aliases").split("\\|")).anyMatch(a -> norm(a).equals(h))) {
                return m.get("code");
            }
        }
        return null;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return n.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** The submission rows of a file: header = first row with a unit-code column; rows without a code skipped. */
    static List<Sub> submissions(Path file) {
        return SUBMISSIONS.computeIfAbsent(file, TestFiles::parseSubmissions);
    }

    private static List<Sub> parseSubmissions(Path file) {
        List<List<String>> rows = rows(file);
        int h = 0;
        while (h < rows.size() && rows.get(h).stream().noneMatch(x -> "unit_code".equals(column(x)))) {
            h++;
        }
        List<String> keys = rows.get(h).stream().map(TestFiles::column).toList();
        List<Sub> subs = new ArrayList<>();
        for (int r = h + 1; r < rows.size(); r++) {
            Map<String, String> raw = new LinkedHashMap<>();
            List<String> row = rows.get(r);
            for (int c = 0; c < keys.size() && c < row.size(); c++) {
                if (keys.get(c) != null) {
                    raw.put(keys.get(c), row.get(c));
                }
            }
            String code = raw.getOrDefault("unit_code", "");
            if (!code.isBlank()) {
                subs.add(new Sub(file, r + 1, code, java.util.Collections.unmodifiableMap(raw)));
            }
        }
        return List.copyOf(subs);
    }

    static List<String> headerKeys(Path file) {
        List<List<String>> rows = rows(file);
        for (List<String> row : rows) {
            if (row.stream().anyMatch(x -> "unit_code".equals(column(x)))) {
                return row.stream().map(x -> x.isBlank() ? "" : column(x) == null ? "?" + x : column(x)).toList();
            }
        }
        throw new AssertionError("no header row in " + file);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference CSV as maps by header (reference files: no BOM, ',' delimiter). */
    static List<Map<String, String>> table(Path file) {
        List<List<String>> rows = csv(file);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < rows.get(0).size(); i++) {
                m.put(rows.get(0).get(i), i < r.size() ? r.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }

    /** metrics.csv of the shared provincial set, for header resolution. */
    static final class Catalogue {
        private static List<Map<String, String>> metrics;

        static synchronized List<Map<String, String>> metrics() {
            if (metrics == null) {
                metrics = table(Provincial.dir().resolve("reference/metrics.csv"));
            }
            return metrics;
        }
    }
}
