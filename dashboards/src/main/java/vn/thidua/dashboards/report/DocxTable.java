package vn.thidua.dashboards.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.TableCell;

/**
 * A data table as a real Word table: a title above it, the header row repeated on every page, figures
 * right-aligned, the column widths of the PDF (names wide, figures as narrow as they need) as a share of the
 * text width.
 */
final class DocxTable {

    private static final int SIZE = 9;

    private DocxTable() {
    }

    static void write(XWPFDocument docx, DataTable data) {
        if (data.title() != null) {
            XWPFParagraph title = DocxText.paragraph(docx, data.title(), true, false, 12,
                    ParagraphAlignment.LEFT);
            DocxText.keepNext(title);
        }
        int columns = data.headers().size();
        XWPFTable table = docx.createTable(data.rows().size() + 1, columns);
        long[] widths = widths(data);
        table.setWidth(Long.toString(java.util.Arrays.stream(widths).sum()));
        // fixed layout: the widths below hold in every word processor instead of being refitted to the text
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            cell(header.getCell(c), data.headers().get(c), true, c > 0, widths[c]).getCTTc().addNewTcPr()
                    .addNewShd().setFill("E8EEF6");
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<TableCell> row = data.rows().get(r);
            XWPFTableRow line = table.getRow(r + 1);
            line.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                TableCell value = c < row.size() ? row.get(c) : TableCell.text("");
                boolean right = value.isNumber() || value.text().equals(TableCell.NO_CHANGE);
                cell(line.getCell(c), value.text(), false, right, widths[c]);
            }
        }
        docx.createParagraph().setSpacingAfter(120);
    }

    private static XWPFTableCell cell(XWPFTableCell cell, String text, boolean bold, boolean right, long width) {
        cell.setWidth(Long.toString(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        p.setSpacingAfter(0);
        DocxText.run(p, text, bold, false, SIZE);
        return cell;
    }

    /**
     * The PDF's rule in twentieths of a point: figure columns as wide as their widest cell or header word
     * (in characters of the 9-point font), the name columns share the rest.
     */
    private static long[] widths(DataTable data) {
        int n = data.headers().size();
        long total = Math.round(DocxReportWriter.textWidthMm() * 56.6929);
        long perChar = Math.round(SIZE * 20 * 0.55); // an average Times New Roman character at 9 points
        long margins = 230; // Word's default cell margins, left and right
        long[] widths = new long[n];
        boolean[] figures = new boolean[n];
        int[] longest = new int[n];
        long used = 0;
        for (int c = 0; c < n; c++) {
            figures[c] = true;
            boolean any = false;
            for (List<TableCell> row : data.rows()) {
                if (c < row.size()) {
                    TableCell cell = row.get(c);
                    longest[c] = Math.max(longest[c], cell.text().length());
                    any |= cell.isNumber();
                    figures[c] &= cell.isNumber() || cell.text().isEmpty() || cell.text().equals(TableCell.NO_DATA)
                            || cell.text().equals(TableCell.NO_CHANGE);
                }
            }
            figures[c] &= any;
            for (String word : data.headers().get(c).split(" ")) {
                longest[c] = figures[c] ? Math.max(longest[c], word.length()) : longest[c];
            }
            if (figures[c]) {
                widths[c] = (Math.min(longest[c], 16) + 1) * perChar + margins;
                used += widths[c];
            }
        }
        long rest = Math.max(total - used, total / 4);
        long need = 0;
        for (int c = 0; c < n; c++) {
            need += figures[c] ? 0 : Math.max(longest[c], 12);
        }
        for (int c = 0; c < n; c++) {
            if (!figures[c]) {
                widths[c] = rest * Math.max(longest[c], 12) / Math.max(need, 1);
            }
        }
        long sum = java.util.Arrays.stream(widths).sum();
        if (sum > total) { // too many columns: shrink all alike rather than run off the page
            for (int c = 0; c < n; c++) {
                widths[c] = widths[c] * total / sum;
            }
        }
        return widths;
    }
}
