package vn.thidua.evaluation.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.spreadsheet.DeterministicZip;
import vn.thidua.spreadsheet.SafeCellText;

/**
 * The tables as one workbook: numbers as real numbers (two decimals for points), text formula-safe, a
 * title row and a frozen header. The document properties and every zip entry carry one fixed time (the
 * snapshot's), so two runs on the same inputs write the same bytes, not only the same cells.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static Path write(List<ExportTable> tables, Path file, String title, LocalDateTime stamp) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle titleStyle = style(workbook, true, (short) 13);
            CellStyle headerStyle = style(workbook, true, (short) 11);
            headerStyle.setWrapText(true);
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet());
                text(sheet.createRow(0), 0, table.title(), titleStyle);
                Row header = sheet.createRow(1);
                for (int c = 0; c < table.headers().size(); c++) {
                    text(header, c, table.headers().get(c), headerStyle);
                    sheet.setColumnWidth(c, width(table, c) * 256);
                }
                sheet.createFreezePane(0, 2);
                int r = 2;
                for (List<Cell> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = cells.get(c);
                        if (cell.isNumber()) {
                            var x = row.createCell(c);
                            x.setCellValue(cell.number());
                            x.setCellStyle(cell.decimals() > 0 ? decimal : integer);
                        } else {
                            text(row, c, cell.text(), null);
                        }
                    }
                }
            }
            var core = workbook.getProperties().getCoreProperties();
            Date fixed = Date.from(stamp.toInstant(ZoneOffset.ofHours(7)));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("thidua");
            core.setTitle(title);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(file, DeterministicZip.repack(bytes.toByteArray(), stamp));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được / cannot write " + file, e);
        }
    }

    /** Characters: the longest of the header's words and the cells, between 10 and 80. */
    static int width(ExportTable table, int column) {
        int widest = java.util.Arrays.stream(table.headers().get(column).split(" ")).mapToInt(String::length).max().orElse(0);
        for (List<Cell> row : table.rows()) {
            if (column < row.size()) {
                widest = Math.max(widest, row.get(column).display().length());
            }
        }
        return Math.max(10, Math.min(80, widest + 2));
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, short points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(SafeCellText.of(text));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
