package vn.thidua.sampledata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a submission file as CSV, one row at a time, so the national set can be streamed.
 * Each row's physical line number is stored on the row.
 */
final class SubmissionWriter implements AutoCloseable {
    private final CsvOut out;
    private final Layout layout;
    private final Phase phase;
    private long rows;

    SubmissionWriter(Path file, Layout layout, Phase phase) {
        if (layout.format() == Layout.Format.XLSX) {
            throw new IllegalArgumentException("XLSX goes through XlsxSubmissionWriter");
        }
        this.out = CsvOut.inbox(file, layout.format() == Layout.Format.CSV_VN ? ';' : ',');
        this.layout = layout;
        this.phase = phase;
        out.row(layout.headerTexts());
    }

    void write(Row row) {
        List<String> fields = new ArrayList<>();
        for (Object cell : layout.cells(row, phase)) {
            fields.add(format(cell));
        }
        row.line = out.row(fields);
        rows++;
    }

    long rows() {
        return rows;
    }

    private String format(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Row.Formula f) {
            return format(f.cached());
        }
        if (cell instanceof Long v) {
            return layout.format() == Layout.Format.CSV_VN ? Text.vnNumber(v) : Long.toString(v);
        }
        return cell.toString();
    }

    /** Blank rows a spreadsheet leaves after the data: every field empty, only the delimiters remain. */
    @Override
    public void close() {
        for (int i = 0; i < layout.trailingBlankRows(); i++) {
            out.row(new ArrayList<>(java.util.Collections.nCopies(layout.headerTexts().size(), "")));
        }
        out.close();
    }
}
