package vn.thidua.evaluation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.thidua.spreadsheet.SafeCellText;

/**
 * A table as CSV for staff: UTF-8 with a BOM (so Excel shows Vietnamese), {@code ,} and RFC 4180 quoting,
 * CRLF line ends, numbers in Vietnamese format (87,50), every text made formula-safe.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static Path write(ExportTable table, Path dir) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.headers().stream().map(SafeCellText::of).toList());
        for (List<Cell> row : table.rows()) {
            line(out, row.stream().map(Cell::display).toList());
        }
        Path file = dir.resolve(table.csvFile());
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được / cannot write " + file, e);
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
