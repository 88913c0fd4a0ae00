package vn.thidua.sampledata;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Initiative registers ({@code _sang-kien.csv|xlsx}): one row per initiative with the Vietnamese
 * headers of docs/data-contracts.md §2. CSV registers are UTF-8 with BOM and commas; the XLSX one
 * has a title row and real date cells (shown dd/mm/yyyy).
 */
final class InitiativeRegisterWriter implements AutoCloseable {
    static final List<String> HEADERS = List.of("Mã sáng kiến", "Mã đơn vị", "Tên sáng kiến", "Tác giả", "Lĩnh vực",
            "Ngày đăng ký", "Trạng thái", "Cấp công nhận", "Giá trị làm lợi (đồng)");

    /** An initiative with its invented text, ready to be written. */
    record Entry(String id, OrgUnit unit, Initiative initiative, InitiativeText.Text text) {}

    private final CsvOut out;
    private long rows;

    InitiativeRegisterWriter(Path file) {
        this.out = CsvOut.inbox(file, ',');
        out.row(HEADERS);
    }

    /** Returns the physical line the entry was written on. */
    int write(Entry e) {
        rows++;
        Initiative i = e.initiative();
        return out.row(e.id(), e.unit().code(), e.text().title(), e.text().authors(), e.text().field(),
                i.registeredOn().format(Text.DMY), i.status().labelVi, i.level(),
                i.benefitVnd() == null ? "" : Long.toString(i.benefitVnd()));
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        out.close();
    }

    static void writeXlsx(Path file, String titleVi, List<Entry> entries, String author, LocalDateTime stamp) {
        Xlsx x = new Xlsx();
        XSSFSheet sheet = x.wb.createSheet("Sáng kiến");
        XSSFRow t = sheet.createRow(0);
        Cell tc = t.createCell(0);
        tc.setCellValue(titleVi);
        tc.setCellStyle(x.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
        XSSFRow h = sheet.createRow(2);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(HEADERS.get(c));
            cell.setCellStyle(x.header);
        }
        int r = 3;
        for (Entry e : entries) {
            XSSFRow row = sheet.createRow(r++);
            Initiative i = e.initiative();
            text(x, row, 0, e.id());
            text(x, row, 1, e.unit().code());
            text(x, row, 2, e.text().title());
            text(x, row, 3, e.text().authors());
            text(x, row, 4, e.text().field());
            Cell d = row.createCell(5);
            d.setCellValue(i.registeredOn());
            d.setCellStyle(x.date);
            text(x, row, 6, i.status().labelVi);
            text(x, row, 7, i.level());
            Cell b = row.createCell(8);
            b.setCellStyle(x.number);
            if (i.benefitVnd() != null) {
                b.setCellValue(i.benefitVnd());
            }
        }
        int[] widths = {16, 14, 60, 40, 24, 14, 16, 14, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        x.save(file, author, stamp);
    }

    private static void text(Xlsx x, XSSFRow row, int col, String v) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(x.text);
    }
}
