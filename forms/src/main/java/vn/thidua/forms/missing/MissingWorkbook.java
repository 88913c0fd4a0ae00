package vn.thidua.forms.missing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Unit;
import vn.thidua.forms.template.Workbooks;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * The missing list as a workbook ready to send: a summary sheet, then one sheet per federation listing its
 * units not reported, whose file was refused, or late, with the deadline. Bytes depend only on the inputs.
 */
public final class MissingWorkbook {

    private MissingWorkbook() {
    }

    public static byte[] xlsx(MissingList list) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Workbooks.Styles styles = Workbooks.Styles.of(workbook);
        String title = "TÌNH HÌNH BÁO CÁO THI ĐUA " + list.phaseText().toUpperCase(java.util.Locale.ROOT);
        XSSFSheet summary = workbook.createSheet("Tổng hợp");
        int r = heading(summary, styles, title, list);
        Row header = summary.createRow(r++);
        List<String> columns = List.of("STT", "Mã đơn vị", "Đơn vị tổng hợp", "Phải báo cáo", "Đã báo cáo", "Chưa báo cáo",
                "Tệp bị từ chối", "Nộp muộn");
        int[] widths = {6, 12, 52, 14, 14, 14, 14, 14};
        header.setHeightInPoints(30);
        for (int c = 0; c < columns.size(); c++) {
            Workbooks.text(header, c, columns.get(c), styles.header());
            summary.setColumnWidth(c, widths[c] * 256);
        }
        int n = 0;
        for (FederationStatus status : list.federations()) {
            Row row = summary.createRow(r++);
            row.createCell(0).setCellValue(++n);
            Workbooks.text(row, 1, status.federation().code(), styles.text());
            Workbooks.text(row, 2, status.federation().groupName(), styles.text());
            int[] counts = {status.expected().size(), status.reported(), status.notReported().size(),
                    status.rejectedOnly().size(), status.late().size()};
            for (int c = 0; c < counts.length; c++) {
                row.createCell(3 + c).setCellValue(counts[c]);
                row.getCell(3 + c).setCellStyle(styles.integer());
            }
            row.getCell(0).setCellStyle(styles.integer());
        }
        Set<String> names = new HashSet<>();
        for (FederationStatus status : list.federations()) {
            federationSheet(workbook.createSheet(sheetName(status.federation(), names)), styles, list, status);
        }
        return Workbooks.bytes(workbook, list.today(), title);
    }

    private static int heading(XSSFSheet sheet, Workbooks.Styles styles, String title, MissingList list) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        Workbooks.text(sheet.createRow(0), 0, title, styles.title());
        Workbooks.text(sheet.createRow(1), 0, "Hạn nộp: " + VietnameseFormat.date(list.phase().deadline()) + " ("
                + list.daysText() + ").", styles.plain());
        Workbooks.text(sheet.createRow(2), 0, "Số liệu tính đến ngày " + VietnameseFormat.date(list.today()) + ".",
                styles.note());
        return 4;
    }

    private static void federationSheet(XSSFSheet sheet, Workbooks.Styles styles, MissingList list, FederationStatus status) {
        int r = heading(sheet, styles, "DANH SÁCH CĐCS CHƯA BÁO CÁO, NỘP MUỘN – " + status.federation().groupName()
                .toUpperCase(java.util.Locale.ROOT), list);
        Workbooks.text(sheet.createRow(3), 0, status.expected().size() + " CĐCS phải báo cáo trong đợt; "
                + status.reported() + " đã báo cáo (" + status.late().size() + " nộp muộn); " + status.missing()
                + " chưa có số liệu.", styles.plain());
        r++;
        Row header = sheet.createRow(r++);
        List<String> columns = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Tình trạng");
        int[] widths = {6, 14, 56, 48};
        for (int c = 0; c < columns.size(); c++) {
            Workbooks.text(header, c, columns.get(c), styles.header());
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int n = 0;
        for (Unit unit : status.notReported()) {
            r = unitRow(sheet, styles, r, ++n, unit, "Chưa báo cáo");
        }
        for (Unit unit : status.rejectedOnly()) {
            r = unitRow(sheet, styles, r, ++n, unit, "Đã gửi nhưng dòng số liệu bị từ chối: chưa có số liệu được nạp");
        }
        for (Unit unit : status.late()) {
            r = unitRow(sheet, styles, r, ++n, unit, "Đã báo cáo, nộp muộn");
        }
        if (n == 0) {
            Workbooks.text(sheet.createRow(r), 1, "Tất cả CĐCS đã báo cáo đúng hạn.", styles.plain());
        }
    }

    private static int unitRow(XSSFSheet sheet, Workbooks.Styles styles, int r, int n, Unit unit, String state) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(n);
        row.getCell(0).setCellStyle(styles.integer());
        Workbooks.text(row, 1, unit.code(), styles.text());
        Workbooks.text(row, 2, unit.name(), styles.text());
        Workbooks.text(row, 3, state, styles.text());
        return r + 1;
    }

    /** A sheet name a clerk recognises, at most 31 characters, unique, without the characters Excel refuses. */
    static String sheetName(Federation federation, Set<String> taken) {
        String name = federation.province() ? "CĐCS trực thuộc tỉnh" : federation.name()
                .replace("Liên đoàn Lao động ", "LĐLĐ ").replace("Công đoàn ngành ", "CĐ ngành ")
                .replace("Công đoàn ", "CĐ ");
        name = name.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        name = name.length() > 31 ? name.substring(0, 31).strip() : name;
        if (!taken.add(name.toLowerCase(java.util.Locale.ROOT))) {
            name = (name.length() > 31 - federation.code().length() - 1 ? name.substring(0, 31 - federation.code().length() - 1)
                    : name) + " " + federation.code();
            taken.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        return name;
    }
}
