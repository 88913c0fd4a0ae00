package vn.thidua.sampledata;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a submission as a hand-made Excel report: title rows, an optional row of merged group
 * headings, the header row, an "STT" column, numbers with thousands formatting, some numbers typed
 * as text (String cells), formulas with cached values, a total row and trailing blank rows. Row
 * numbers (1-based, as Excel shows them) are stored on each row.
 */
final class XlsxSubmissionWriter {
    private XlsxSubmissionWriter() {}

    static void write(Path file, Layout layout, Phase phase, List<Row> rows, String author, LocalDateTime stamp) {
        Xlsx x = new Xlsx();
        XSSFSheet sheet = x.wb.createSheet("Báo cáo đợt " + phase.phase());
        List<String> headers = new ArrayList<>();
        if (layout.stt()) {
            headers.add("STT");
        }
        headers.addAll(layout.headerTexts());
        int offset = layout.stt() ? 1 : 0;
        int lastCol = headers.size() - 1;
        int r = 0;
        for (String t : layout.titles()) {
            XSSFRow row = sheet.createRow(r);
            Cell c = row.createCell(0);
            c.setCellValue(t);
            c.setCellStyle(x.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, Math.min(lastCol, 12)));
            r++;
        }
        if (!layout.titles().isEmpty()) {
            r++; // the empty line people leave under a title
        }
        if (layout.groupHeader()) {
            groupHeader(x, sheet.createRow(r++), layout, offset);
        }
        XSSFRow headerRow = sheet.createRow(r++);
        headerRow.setHeightInPoints(60);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = headerRow.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(x.header);
        }
        int firstData = r;
        int stt = 0;
        for (Row row : rows) {
            XSSFRow xr = sheet.createRow(r);
            row.line = r + 1;
            if (layout.stt()) {
                cell(x, xr, 0, (long) ++stt);
            }
            List<Object> cells = layout.cells(row, phase);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                if (v instanceof Row.Formula f) {
                    Cell c = xr.createCell(i + offset);
                    c.setCellFormula(resolve(f.template(), layout, offset, r + 1));
                    c.setCellValue(f.cached()); // the cached result Excel would have saved
                    c.setCellStyle(x.number);
                } else {
                    cell(x, xr, i + offset, v);
                }
            }
            r++;
        }
        if (layout.totalRow()) {
            totalRow(x, sheet.createRow(r), layout, offset, rows, firstData, r - 1);
            r++;
        }
        for (int i = 0; i < layout.trailingBlankRows(); i++) {
            XSSFRow blank = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                blank.createCell(c).setCellStyle(x.text); // formatted but empty, as a copied template leaves
            }
        }
        // Fixed widths: autoSizeColumn depends on the fonts installed, which would break reproducibility.
        for (int c = 0; c <= lastCol; c++) {
            int width = c < offset ? 6 : c == offset + (layout.nameFirst() ? 0 : 1) ? 48 : 16;
            sheet.setColumnWidth(c, width * 256);
        }
        sheet.createFreezePane(offset + 2, firstData);
        x.save(file, author, stamp);
    }

    private static void cell(Xlsx x, XSSFRow row, int col, Object v) {
        Cell c = row.createCell(col);
        if (v == null) {
            c.setCellStyle(x.text);
        } else if (v instanceof Long n) {
            c.setCellValue(n);
            c.setCellStyle(x.number);
        } else if (v instanceof Integer n) {
            c.setCellValue(n);
            c.setCellStyle(x.text);
        } else {
            c.setCellValue(v.toString());
            c.setCellStyle(x.text);
        }
    }

    /** "{tet_support_recipients}*500000" → "T12*500000". */
    private static String resolve(String template, Layout layout, int offset, int excelRow) {
        String f = template;
        for (int i = 0; i < layout.metrics().size(); i++) {
            Metric m = layout.metrics().get(i);
            String col = CellReference.convertNumToColString(offset + layout.firstMetricColumn() + i);
            f = f.replace("{" + m.code() + "}", col + excelRow);
        }
        return f;
    }

    private static void groupHeader(Xlsx x, XSSFRow row, Layout layout, int offset) {
        List<Metric> ms = layout.metrics();
        int start = 0;
        for (int i = 1; i <= ms.size(); i++) {
            if (i == ms.size() || !group(ms.get(i)).equals(group(ms.get(start)))) {
                int c0 = offset + layout.firstMetricColumn() + start;
                int c1 = offset + layout.firstMetricColumn() + i - 1;
                for (int c = c0; c <= c1; c++) {
                    row.createCell(c).setCellStyle(x.header);
                }
                row.getCell(c0).setCellValue(group(ms.get(start)));
                if (c1 > c0) {
                    row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), c0, c1));
                }
                start = i;
            }
        }
    }

    private static String group(Metric m) {
        return switch (m) {
            case MEMBERS, WORKERS, MEMBERS_ADMITTED -> "Đoàn viên, người lao động";
            case EMULATION_REGISTERED, PARTICIPANTS_GOOD_CREATIVE_LABOUR, PARTICIPANTS_GOOD_ADVICE_SERVICE,
                 PARTICIPANTS_PROVINCIAL_MOVEMENTS -> "Phong trào thi đua";
            case INITIATIVES_REGISTERED, INITIATIVES_RECOGNIZED, INITIATIVES_APPLIED, INITIATIVE_BENEFIT_VND -> "Sáng kiến";
            case STUDY_SESSIONS, STUDY_ATTENDANCE -> "Học tập nghị quyết";
            case TET_SUPPORT_RECIPIENTS, TET_SUPPORT_VND, HARDSHIP_SUPPORT_RECIPIENTS, HARDSHIP_SUPPORT_VND,
                 UNION_SHELTERS -> "Chăm lo đời sống đoàn viên";
            case DIALOGUES_HELD, COLLECTIVE_AGREEMENTS -> "Đối thoại, thỏa ước";
            case CADRES_TRAINED, UNIONS_FOUNDED, UNIONS_DISSOLVED -> "Công tác tổ chức";
        };
    }

    /** "Tổng cộng" with a SUM over the members column; the unit-code cell stays empty. */
    private static void totalRow(Xlsx x, XSSFRow row, Layout layout, int offset, List<Row> rows, int firstData,
                                 int lastData) {
        int nameCol = offset + (layout.nameFirst() ? 0 : 1);
        Cell label = row.createCell(nameCol);
        label.setCellValue("Tổng cộng");
        label.setCellStyle(x.header);
        int col = offset + layout.firstMetricColumn() + layout.metrics().indexOf(Metric.MEMBERS);
        String letter = CellReference.convertNumToColString(col);
        long sum = rows.stream().filter(rw -> rw.get(Metric.MEMBERS) instanceof Long)
                .mapToLong(rw -> (Long) rw.get(Metric.MEMBERS)).sum(); // SUM skips text cells, as Excel does
        Cell c = row.createCell(col);
        c.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + (lastData + 1) + ")");
        c.setCellValue(sum);
        c.setCellStyle(x.number);
    }
}
