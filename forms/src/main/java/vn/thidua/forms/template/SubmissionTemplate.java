package vn.thidua.forms.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Unit;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.TemplateStamp;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * One federation's submission template for a phase: title rows (the phase, its deadline, the catalogue
 * version stamp the intake reads), a row of units, the header the intake recognises (code, name, each
 * metric's Vietnamese label), one prefilled row per grassroots union expected in the phase, data validation
 * from the catalogue's bounds, and the instructions on a second sheet (the intake reads the first only).
 */
public final class SubmissionTemplate {

    /** Rows (1-based, as a spreadsheet shows them) of the layout; tests and the CSV variant share them. */
    public static final int UNIT_ROW = 7;
    public static final int HEADER_ROW = 8;
    public static final int FIRST_DATA_ROW = 9;
    /** Validated empty rows below the prefilled ones, for a unit the template did not know. */
    static final int SPARE_ROWS = 20;

    private SubmissionTemplate() {
    }

    /** The rows the template prefills: the federation's own row first (not the province's), then its units. */
    public static List<Unit> prefilled(PhaseForms forms, Federation federation) {
        List<Unit> rows = new ArrayList<>();
        if (!federation.province()) {
            forms.roster().units().stream().filter(u -> u.code().equals(federation.code())).findFirst().ifPresent(rows::add);
        }
        rows.addAll(forms.roster().expected(federation, forms.phase()));
        return rows;
    }

    /** The four title lines above the header, the stamp among them. */
    public static List<String> titleLines(PhaseForms forms, Federation federation, String what) {
        IntakeCatalogue.Phase phase = forms.phase();
        return List.of(what + " " + forms.phaseTitle().toUpperCase(java.util.Locale.ROOT),
                "Đơn vị tổng hợp: " + federation.groupName() + " (mã " + federation.code() + ")",
                "Kỳ báo cáo: " + VietnameseFormat.date(phase.startsOn()) + " – " + VietnameseFormat.date(phase.endsOn())
                        + ". Hạn nộp: " + VietnameseFormat.date(phase.deadline()) + ".",
                TemplateStamp.text(forms.catalogue().version()));
    }

    public static byte[] xlsx(PhaseForms forms, Federation federation) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Workbooks.Styles styles = Workbooks.Styles.of(workbook);
        XSSFSheet sheet = workbook.createSheet("Báo cáo");
        List<IntakeCatalogue.Metric> metrics = forms.catalogue().metrics();
        int lastColumn = metrics.size() + 1;

        List<String> titles = titleLines(forms, federation, "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA");
        for (int i = 0; i < titles.size(); i++) {
            Workbooks.text(sheet.createRow(i), 0, titles.get(i), i == 0 ? styles.title() : styles.plain());
        }
        Workbooks.text(sheet.createRow(titles.size()), 0, "Ô để trống = chưa báo cáo (không phải số 0). Cách điền, giới"
                + " hạn từng cột và cách sửa số đã gửi: xem trang “Hướng dẫn”.", styles.note());

        Row units = sheet.createRow(UNIT_ROW - 1);
        Workbooks.text(units, 1, "Đơn vị tính:", styles.note());
        Row header = sheet.createRow(HEADER_ROW - 1);
        header.setHeightInPoints(75);
        Workbooks.text(header, 0, "Mã đơn vị", styles.header());
        Workbooks.text(header, 1, "Tên đơn vị", styles.header());
        for (int m = 0; m < metrics.size(); m++) {
            Workbooks.text(units, m + 2, Instructions.unitWord(metrics.get(m)), styles.note());
            Workbooks.text(header, m + 2, metrics.get(m).labelVi(), styles.header());
            sheet.setColumnWidth(m + 2, 18 * 256);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 48 * 256);

        List<Unit> rows = prefilled(forms, federation);
        for (int r = 0; r < rows.size() + SPARE_ROWS; r++) {
            Row row = sheet.createRow(FIRST_DATA_ROW - 1 + r);
            Unit unit = r < rows.size() ? rows.get(r) : null;
            Workbooks.text(row, 0, unit == null ? "" : unit.code(), unit == null ? styles.textFormat() : styles.locked());
            Workbooks.text(row, 1, unit == null ? "" : unit.level() == 2 ? unit.name() + " (số liệu của chính đơn vị)"
                    : unit.name(), styles.text());
            for (int m = 0; m < metrics.size(); m++) {
                row.createCell(m + 2).setCellStyle(metrics.get(m).integral() ? styles.integer() : styles.decimal());
            }
        }
        validate(sheet, metrics, FIRST_DATA_ROW - 1, FIRST_DATA_ROW - 2 + rows.size() + SPARE_ROWS);
        sheet.createFreezePane(2, HEADER_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, 0, lastColumn));
        protectCodes(sheet);
        // printed for a signature or a phone photo: landscape, the header and the unit columns on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setRepeatingRows(new CellRangeAddress(UNIT_ROW - 1, HEADER_ROW - 1, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));

        InstructionsSheet.add(workbook, styles, forms, federation, true);
        workbook.getProperties().getCustomProperties().addProperty(Workbooks.VERSION_PROPERTY, forms.catalogue().version());
        return Workbooks.bytes(workbook, forms.phase().startsOn(), titles.get(0));
    }

    /** Locks the prefilled codes only: every other cell is unlocked, and formats and rows stay editable. */
    static void protectCodes(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
    }

    private static void validate(XSSFSheet sheet, List<IntakeCatalogue.Metric> metrics, int firstRow, int lastRow) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int m = 0; m < metrics.size(); m++) {
            IntakeCatalogue.Metric metric = metrics.get(m);
            String min = (metric.min() == null ? BigDecimal.ZERO : metric.min()).toPlainString();
            String max = metric.max() == null ? null : metric.max().toPlainString();
            int type = metric.integral() ? DataValidationConstraint.ValidationType.INTEGER
                    : DataValidationConstraint.ValidationType.DECIMAL;
            DataValidationConstraint constraint = max == null
                    ? helper.createNumericConstraint(type, DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, min, null)
                    : helper.createNumericConstraint(type, DataValidationConstraint.OperatorType.BETWEEN, min, max);
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(firstRow, lastRow, m + 2, m + 2));
            String rule = Instructions.bounds(metric) + " (" + Instructions.unitWord(metric) + ").";
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Số liệu không hợp lệ", clip(metric.labelVi() + ": " + rule
                    + " Để trống nếu chưa có số liệu."));
            validation.setShowErrorBox(true);
            validation.createPromptBox("Cách nhập", clip(rule + " Để trống = chưa báo cáo; số 0 ghi là 0."));
            validation.setShowPromptBox(true);
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }

    /** Excel refuses a validation message over 255 characters. */
    static String clip(String text) {
        return text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }
}
