package vn.thidua.forms.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.spreadsheet.DeterministicZip;
import vn.thidua.spreadsheet.SafeCellText;

/**
 * What every workbook of the desk shares: the few styles, text cells made formula-safe, and bytes that
 * depend only on the inputs (POI stamps the creation time and every zip entry with the clock otherwise).
 */
public final class Workbooks {

    /** The custom document property carrying the catalogue version, beside the visible stamp row. */
    public static final String VERSION_PROPERTY = "thidua_catalogue_version";

    private Workbooks() {
    }

    /** The workbook's bytes: its creation date set to {@code day}, every zip entry stamped with it. */
    public static byte[] bytes(XSSFWorkbook workbook, LocalDate day, String title) {
        var properties = workbook.getProperties();
        properties.getCoreProperties().setCreated(Optional.of(java.util.Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant())));
        properties.getCoreProperties().setCreator("thidua");
        properties.getCoreProperties().setTitle(title);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return DeterministicZip.repack(out.toByteArray(), day.atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell that stays text: a name typed as "=HYPERLINK(…)" never becomes a formula. */
    public static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(SafeCellText.of(text));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    public static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** The styles of a desk workbook; {@code locked} is the only locked one (the prefilled codes). */
    public record Styles(CellStyle title, CellStyle plain, CellStyle note, CellStyle header, CellStyle locked,
                         CellStyle text, CellStyle integer, CellStyle decimal, CellStyle textFormat) {

        public static Styles of(XSSFWorkbook workbook) {
            // cells without a style of their own take style 0: unlocked, so protection holds the codes only
            workbook.getCellStyleAt(0).setLocked(false);
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            var format = workbook.createDataFormat();
            CellStyle title = unlocked(workbook);
            title.setFont(big);
            CellStyle plain = unlocked(workbook);
            CellStyle note = unlocked(workbook);
            note.setFont(italic);
            CellStyle header = boxed(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle locked = boxed(workbook);
            locked.setLocked(true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked.setDataFormat(format.getFormat("@"));
            CellStyle text = boxed(workbook);
            CellStyle integer = boxed(workbook);
            integer.setDataFormat(format.getFormat("#,##0"));
            CellStyle decimal = boxed(workbook);
            decimal.setDataFormat(format.getFormat("#,##0.##"));
            CellStyle textFormat = boxed(workbook);
            textFormat.setDataFormat(format.getFormat("@"));
            return new Styles(title, plain, note, header, locked, text, integer, decimal, textFormat);
        }

        private static CellStyle unlocked(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(false);
            return style;
        }

        private static CellStyle boxed(XSSFWorkbook workbook) {
            CellStyle style = unlocked(workbook);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
