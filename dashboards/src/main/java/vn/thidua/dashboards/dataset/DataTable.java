package vn.thidua.dashboards.dataset;

import java.util.List;

/**
 * The figures behind a chart or a page: the HTML and the PDF print each cell's text, the XLSX export
 * writes its number (so that staff can recompute), with full unit names in both.
 */
public record DataTable(String title, List<String> headers, List<List<TableCell>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public DataTable(List<String> headers, List<List<TableCell>> rows) {
        this(null, headers, rows);
    }

    public DataTable titled(String newTitle) {
        return new DataTable(newTitle, headers, rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
