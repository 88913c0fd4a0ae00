package vn.thidua.dashboards.report;

import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.spreadsheet.SafeCellText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report's tables as an XLSX workbook for staff who rework them: figures are real numbers (with the
 * same decimals as printed), "chưa có số liệu" stays words, and no text cell can run as a formula.
 * Streaming (SXSSF), so that a national snapshot's unit sheet does not have to fit in memory.
 */
public final class XlsxReportWriter {

    /** Characters of a summary sentence per line. */
    private static final int SUMMARY_WIDTH = 110;

    private XlsxReportWriter() {
    }

    public static void write(ReportDocument content, List<DataTable> unitTables, Path file) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            summarySheet(workbook.createSheet(sheetName("Tóm tắt", names)), content, styles);
            // "Bảng 1", "Bảng 2" …: a title cut to Excel's 31 characters would make two sheets look alike
            // ("Tỷ lệ hoàn thành chỉ tiêu …"), so each sheet is numbered and the list names them in full.
            Sheet list = workbook.createSheet(sheetName("Danh mục bảng", names));
            List<String[]> listed = new java.util.ArrayList<>();
            int n = 0;
            for (ReportDocument.Part part : content.appendices()) {
                for (ReportDocument.Block block : part.blocks()) {
                    if (block instanceof ReportDocument.Table t) {
                        String name = sheetName("Bảng " + ++n, names);
                        String title = t.table().title() == null ? part.title() : t.table().title();
                        listed.add(new String[] {name, title});
                        table(workbook.createSheet(name), t.table().titled(title), styles);
                    }
                }
            }
            tableList(list, listed, styles);
            if (!unitTables.isEmpty()) {
                table(workbook.createSheet(sheetName("Các CĐCS", names)), merged(unitTables), styles);
            }
            lines(workbook.createSheet(sheetName("Nguồn số liệu", names)), source(content), styles);
            for (Sheet sheet : workbook) {
                printable(sheet);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the file is written or the error above is what matters
            }
        }
    }

    /** All federations' units in one sheet, with a first column naming the federation. */
    static DataTable merged(List<DataTable> unitTables) {
        List<String> headers = new java.util.ArrayList<>(List.of("LĐLĐ huyện, thành phố / công đoàn ngành"));
        headers.addAll(unitTables.get(0).headers());
        List<List<TableCell>> rows = new java.util.ArrayList<>();
        for (DataTable t : unitTables) {
            String federation = t.title() == null ? "" : t.title().replaceFirst("^Các CĐCS của ", "");
            for (List<TableCell> row : t.rows()) {
                List<TableCell> line = new java.util.ArrayList<>(List.of(TableCell.text(federation)));
                line.addAll(row);
                rows.add(line);
            }
        }
        return new DataTable("Các công đoàn cơ sở", headers, rows);
    }

    /** The title, the lines under it, and the summary of part I (its run-in titles and sentences). */
    private static void summarySheet(Sheet sheet, ReportDocument content, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, content.profile().documentType() + " " + content.subject(), styles.title);
        for (String line : content.intro()) {
            text(sheet.createRow(r++), 0, line, null);
        }
        r++;
        for (ReportDocument.Block block : content.body().get(0).blocks()) {
            if (block instanceof ReportDocument.Heading && r > 3 + content.intro().size()) {
                break; // the summary ends where the first themed section starts
            }
            if (block instanceof ReportDocument.Subheading h) {
                text(sheet.createRow(r++), 0, h.text(), styles.header);
            } else if (block instanceof ReportDocument.Bullets b) {
                for (String item : b.items()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, item, styles.wrapped);
                    // a streamed sheet keeps no row heights for wrapped text: give the lines the sentence needs
                    int lines = (int) Math.ceil(item.codePointCount(0, item.length()) / (double) SUMMARY_WIDTH);
                    row.setHeightInPoints(Math.max(1, lines) * 15f);
                }
                r++;
            }
        }
        sheet.setColumnWidth(0, (SUMMARY_WIDTH + 10) * 256);
    }

    /** Each numbered sheet and the full title of its table, the sheet's name a link to it. */
    private static void tableList(Sheet sheet, List<String[]> tables, Styles styles) {
        Row header = sheet.createRow(0);
        text(header, 0, "Trang tính", styles.header);
        text(header, 1, "Bảng", styles.header);
        int r = 1;
        var helper = sheet.getWorkbook().getCreationHelper();
        for (String[] t : tables) {
            Row row = sheet.createRow(r++);
            var cell = row.createCell(0);
            cell.setCellValue(t[0]);
            var link = helper.createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
            link.setAddress("'" + t[0] + "'!A1");
            cell.setHyperlink(link);
            text(row, 1, t[1], null);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** The source lines of the method appendix (the last bullets of the last appendix). */
    private static List<String> source(ReportDocument content) {
        List<String> lines = new java.util.ArrayList<>();
        for (ReportDocument.Part part : content.appendices()) {
            for (ReportDocument.Block block : part.blocks()) {
                if (block instanceof ReportDocument.Bullets b) {
                    lines = b.items();
                }
            }
        }
        return lines;
    }

    private static void lines(Sheet sheet, List<String> lines, Styles styles) {
        int r = 0;
        for (String line : lines) {
            text(sheet.createRow(r++), 0, line, null);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }

    private static void table(Sheet sheet, DataTable table, Styles styles) {
        int r = 0;
        if (table.title() != null) {
            text(sheet.createRow(r++), 0, table.title(), styles.title);
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            text(header, c, table.headers().get(c), styles.header);
        }
        sheet.createFreezePane(1, r);
        for (List<TableCell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                TableCell cell = cells.get(c);
                if (cell.isNumber()) {
                    var x = row.createCell(c);
                    x.setCellValue(cell.number());
                    x.setCellStyle(cell.decimals() > 0 ? styles.decimal : styles.integer);
                } else {
                    text(row, c, cell.text(), null);
                }
            }
        }
        sheet.setColumnWidth(0, 48 * 256);
        for (int c = 1; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    /**
     * Staff print these sheets too: A4 landscape, every column on the page (as many pages down as needed), where
     * the defaults spread one sheet's long lines over a hundred pages.
     */
    private static void printable(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(SafeCellText.of(text));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook; a long title is cut
     * at the last whole word that fits, never inside a word.
     */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wholeWords(wanted.replace('\'', ' '), 31));
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = wholeWords(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    private static String wholeWords(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return (cut > 0 ? t.substring(0, cut) : t.substring(0, max)).replaceAll("[\\s,.;:–-]+$", "");
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle wrapped;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }
}
