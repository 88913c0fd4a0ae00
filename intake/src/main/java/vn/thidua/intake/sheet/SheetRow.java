package vn.thidua.intake.sheet;

import java.util.List;

/**
 * One row of a CSV file or a worksheet. {@code line} is the line (CSV) or row number (workbook) a person
 * sees in their editor. A cell is {@code stored} when the workbook holds a number (its text is then plain,
 * {@code 1234.5}); other cells are text as typed.
 */
public record SheetRow(long line, List<Cell> cells) {

    public record Cell(String text, boolean stored) {
        public static final Cell EMPTY = new Cell("", false);

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    public Cell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    public String text(int index) {
        return cell(index).text().trim();
    }

    public boolean isBlank() {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cell's name as a spreadsheet shows it: column letters and row number, "F12". */
    public String cellName(int index) {
        return columnLetters(index) + line;
    }

    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
