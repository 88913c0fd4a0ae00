package vn.thidua.forms.template;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.forms.roster.Federation;
import vn.thidua.intake.IntakeCatalogue;

/** The "Hướng dẫn" sheet: the instructions, then what each column means, its unit and its bounds. */
final class InstructionsSheet {

    private InstructionsSheet() {
    }

    static void add(XSSFWorkbook workbook, Workbooks.Styles styles, PhaseForms forms, Federation federation,
                    boolean columns) {
        XSSFSheet sheet = workbook.createSheet("Hướng dẫn");
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 36 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        List<String> lines = Instructions.lines(forms, federation);
        var wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(styles.plain());
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        int r = 0;
        for (String line : lines) {
            Row row = sheet.createRow(r);
            Workbooks.text(row, 0, line, r == 0 ? styles.title() : wrapped);
            if (r > 0) {
                // the four columns are ~96 characters wide: give a long sentence the lines it needs
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 3));
                row.setHeightInPoints(15f * Math.max(1, (line.length() + 89) / 90));
            }
            r++;
        }
        if (!columns) {
            return;
        }
        r++;
        Row header = sheet.createRow(r++);
        Workbooks.text(header, 0, "Cột (chỉ tiêu)", styles.header());
        Workbooks.text(header, 1, "Đơn vị tính", styles.header());
        Workbooks.text(header, 2, "Giới hạn", styles.header());
        Workbooks.text(header, 3, "Bắt buộc", styles.header());
        for (IntakeCatalogue.Metric metric : forms.catalogue().metrics()) {
            Row row = sheet.createRow(r++);
            Workbooks.text(row, 0, metric.labelVi(), styles.text());
            Workbooks.text(row, 1, Instructions.unitWord(metric), styles.text());
            Workbooks.text(row, 2, Instructions.bounds(metric), styles.text());
            Workbooks.text(row, 3, metric.required() ? "có" : "", styles.text());
        }
    }
}
