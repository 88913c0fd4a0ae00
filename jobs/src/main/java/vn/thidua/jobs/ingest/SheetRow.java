package vn.thidua.jobs.ingest;

import java.util.List;

/**
 * One row of a CSV file or a worksheet. {@code lineNo} is the line (CSV) or row number (XLSX) a person
 * sees in their editor. A cell is {@code numeric} when the spreadsheet stored a number, whose text is
 * then plain ({@code 1234.5}); other cells are text as typed.
 */
public record SheetRow(long lineNo, List<Cell> cells) {

    public record Cell(String text, boolean numeric) {
        public static final Cell EMPTY = new Cell("", false);
    }

    public Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    public String text(int index) {
        return cell(index).text().trim();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }
}
