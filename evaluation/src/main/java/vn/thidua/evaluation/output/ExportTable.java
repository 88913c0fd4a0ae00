package vn.thidua.evaluation.output;

import java.util.List;

/**
 * One table of the exports: a sheet of the workbook and, when {@code csvFile} is set, a CSV file of
 * its own. Headers and cells are Vietnamese; the same table gives both, so they cannot disagree.
 */
public record ExportTable(String sheet, String csvFile, String title, List<String> headers, List<List<Cell>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
