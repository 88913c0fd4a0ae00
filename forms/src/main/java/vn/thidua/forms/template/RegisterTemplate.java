package vn.thidua.forms.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Unit;

/**
 * One federation's initiative register (sổ sáng kiến) template: the columns the intake's register reader
 * expects, lists for the status and recognition level in the words it accepts, the unit codes the
 * federation may use, dates kept as typed text (dd/MM/yyyy) so no locale turns them into serial numbers.
 */
public final class RegisterTemplate {

    /** The header, in the intake's own words (contract §2, "Initiative register"). */
    public static final List<String> HEADER = List.of("Mã sáng kiến", "Mã đơn vị", "Tên sáng kiến", "Tác giả", "Lĩnh vực",
            "Ngày đăng ký", "Trạng thái", "Cấp công nhận", "Giá trị làm lợi (đồng)");
    public static final List<String> STATUSES = List.of("Đăng ký", "Được công nhận", "Đã áp dụng");
    public static final List<String> LEVELS = List.of("Cơ sở", "Huyện", "Tỉnh", "Toàn quốc");
    public static final int HEADER_ROW = 7;
    static final int ROWS = 500;

    private RegisterTemplate() {
    }

    /** The units that may register an initiative here: the federation's own code and its expected units. */
    public static List<Unit> units(PhaseForms forms, Federation federation) {
        return new ArrayList<>(SubmissionTemplate.prefilled(forms, federation));
    }

    public static byte[] xlsx(PhaseForms forms, Federation federation) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Workbooks.Styles styles = Workbooks.Styles.of(workbook);
        XSSFSheet sheet = workbook.createSheet("Sổ sáng kiến");
        List<String> titles = SubmissionTemplate.titleLines(forms, federation, "SỔ SÁNG KIẾN");
        for (int i = 0; i < titles.size(); i++) {
            Workbooks.text(sheet.createRow(i), 0, titles.get(i), i == 0 ? styles.title() : styles.plain());
        }
        Workbooks.text(sheet.createRow(titles.size()), 0, "Mỗi dòng một sáng kiến. Mã đơn vị chọn trong danh sách ở"
                + " trang “Đơn vị”; cách điền: trang “Hướng dẫn”.", styles.note());
        Row header = sheet.createRow(HEADER_ROW - 1);
        int[] widths = {16, 16, 44, 28, 20, 14, 18, 16, 20};
        for (int c = 0; c < HEADER.size(); c++) {
            Workbooks.text(header, c, HEADER.get(c), styles.header());
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < ROWS; r++) {
            Row row = sheet.createRow(HEADER_ROW + r);
            for (int c = 0; c < HEADER.size(); c++) {
                row.createCell(c).setCellStyle(c == 8 ? styles.decimal() : styles.textFormat());
            }
        }
        sheet.createFreezePane(0, HEADER_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);

        List<Unit> units = units(forms, federation);
        XSSFSheet list = workbook.createSheet("Đơn vị");
        Row listHeader = list.createRow(0);
        Workbooks.text(listHeader, 0, "Mã đơn vị", styles.header());
        Workbooks.text(listHeader, 1, "Tên đơn vị", styles.header());
        list.setColumnWidth(0, 16 * 256);
        list.setColumnWidth(1, 60 * 256);
        for (int i = 0; i < units.size(); i++) {
            Row row = list.createRow(i + 1);
            Workbooks.text(row, 0, units.get(i).code(), styles.text());
            Workbooks.text(row, 1, units.get(i).name(), styles.text());
        }

        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        int first = HEADER_ROW;
        int last = HEADER_ROW + ROWS - 1;
        add(sheet, helper.createFormulaListConstraint("'Đơn vị'!$A$2:$A$" + Math.max(2, units.size() + 1)), 1, first, last,
                "Mã đơn vị", "Chọn mã trong danh sách ở trang “Đơn vị”.");
        add(sheet, helper.createExplicitListConstraint(STATUSES.toArray(String[]::new)), 6, first, last,
                "Trạng thái", "Đăng ký, Được công nhận hoặc Đã áp dụng.");
        add(sheet, helper.createExplicitListConstraint(LEVELS.toArray(String[]::new)), 7, first, last,
                "Cấp công nhận", "Để trống, hoặc Cơ sở, Huyện, Tỉnh, Toàn quốc.");
        add(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), 8,
                first, last, "Giá trị làm lợi", "Số đồng, từ 0 trở lên; để trống nếu chưa tính được.");
        DataValidation date = helper.createValidation(helper.createCustomConstraint("TRUE"),
                new CellRangeAddressList(first, last, 5, 5));
        date.createPromptBox("Ngày đăng ký", "Ghi ngày/tháng/năm, ví dụ 15/03/" + forms.phase().year() + ".");
        date.setShowPromptBox(true);
        sheet.addValidationData(date);

        InstructionsSheet.add(workbook, styles, forms, federation, false);
        workbook.getProperties().getCustomProperties().addProperty(Workbooks.VERSION_PROPERTY, forms.catalogue().version());
        return Workbooks.bytes(workbook, forms.phase().startsOn(), titles.get(0));
    }

    private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int column, int first, int last,
                            String what, String rule) {
        DataValidation validation = new XSSFDataValidationHelper(sheet).createValidation(constraint,
                new CellRangeAddressList(first, last, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Không hợp lệ", what + ": " + rule);
        validation.setShowErrorBox(true);
        validation.createPromptBox(what, rule);
        validation.setShowPromptBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }
}
