package vn.thidua.forms.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.forms.Fixture;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Unit;

/** What each federation's template holds: its units open during the phase, the catalogue's columns and checks. */
class TemplateTest {

    private final PhaseForms forms = Fixture.forms(Fixture.PHASE_1);

    @TempDir
    Path dir;

    @Test
    void eachFederationAndTheProvinceGetTheirUnitsOpenDuringThePhase() {
        List<Federation> federations = forms.roster().federations(Fixture.PHASE_1);
        assertThat(federations).extracting(Federation::code).containsExactly("BK.BB", "BK.GD", "BK");
        assertThat(federations.get(2).groupName()).isEqualTo("Các CĐCS trực thuộc Liên đoàn Lao động tỉnh Bắc Kạn");

        // founded mid-phase (002), dissolved mid-phase (003), founded on its last day (007) and dissolved on its
        // first day (008) were open during phase 1; founded after it (004) or dissolved before it (005) were not
        assertThat(SubmissionTemplate.prefilled(forms, federations.get(0))).extracting(Unit::code)
                .containsExactly("BK.BB", "BK.BB.001", "BK.BB.002", "BK.BB.003", "BK.BB.006", "BK.BB.007", "BK.BB.008");
        assertThat(forms.roster().expected(federations.get(0), Fixture.PHASE_2)).extracting(Unit::code)
                .containsExactly("BK.BB.001", "BK.BB.002", "BK.BB.004", "BK.BB.006", "BK.BB.007");
        // the province itself cannot report on the unit template: its group has no own row
        assertThat(SubmissionTemplate.prefilled(forms, federations.get(2))).extracting(Unit::code).containsExactly("BK.001");
    }

    @Test
    void theWorkbookHasTheCatalogueColumnsLockedCodesValidationAndTheVersion() throws IOException {
        Federation babe = forms.roster().federation("BK.BB", Fixture.PHASE_1).orElseThrow();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SubmissionTemplate.xlsx(forms, babe)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Báo cáo");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA ĐỢT 1 NĂM 2024");
            assertThat(column(sheet, 0)).contains("Kỳ báo cáo: 01/01/2024 – 31/07/2024. Hạn nộp: 10/08/2024.",
                    "Phiên bản danh mục chỉ tiêu: 2024.3");
            assertThat(workbook.getProperties().getCustomProperties().getProperty(Workbooks.VERSION_PROPERTY).getLpwstr())
                    .isEqualTo("2024.3");

            Row header = sheet.getRow(SubmissionTemplate.HEADER_ROW - 1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Số đoàn viên");
            assertThat(header.getLastCellNum()).isEqualTo((short) (forms.catalogue().metrics().size() + 2));
            assertThat(sheet.getRow(SubmissionTemplate.UNIT_ROW - 1).getCell(2).getStringCellValue()).isEqualTo("người");

            Row first = sheet.getRow(SubmissionTemplate.FIRST_DATA_ROW);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("BK.BB.001");
            assertThat(first.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(2).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).isFalse();
            assertThat(workbook.getCellStyleAt(0).getLocked()).isFalse();
            assertThat(sheet.getProtect()).isTrue();

            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(forms.catalogue().metrics().size());
            XSSFDataValidation members = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == 2).findFirst().orElseThrow();
            assertThat(members.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(members.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(members.getValidationConstraint().getFormula2()).isEqualTo("100000");
            assertThat(members.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(SubmissionTemplate.FIRST_DATA_ROW - 1);
            int tetVnd = 2 + indexOf("tet_support_vnd");
            XSSFDataValidation money = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == tetVnd).findFirst().orElseThrow();
            assertThat(money.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(money.getErrorBoxText()).contains("Số tiền hỗ trợ Tết (đồng)", "từ 0 đến 50.000.000.000");
        }
    }

    @Test
    void aNameLikeAFormulaStaysTextAndTheBytesDependOnlyOnTheInputs() throws IOException {
        Federation babe = forms.roster().federation("BK.BB", Fixture.PHASE_1).orElseThrow();
        byte[] once = SubmissionTemplate.xlsx(forms, babe);
        assertThat(SubmissionTemplate.xlsx(forms, babe)).isEqualTo(once);
        assertThat(RegisterTemplate.xlsx(forms, babe)).isEqualTo(RegisterTemplate.xlsx(forms, babe));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(once))) {
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            assertThat(column(workbook.getSheetAt(0), 1)).contains("'=HYPERLINK(\"http://x\",\"Công đoàn lạ\")");
        }
        String csv = new String(CsvTemplate.submission(forms, babe), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFBÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA ĐỢT 1 NĂM 2024\r\n")
                .contains("\r\nMã đơn vị,Tên đơn vị,Số đoàn viên,")
                .contains("\r\nBK.BB.006,\"'=HYPERLINK(\"\"http://x\"\",\"\"Công đoàn lạ\"\")\",,");
    }

    @Test
    void theInstructionsSayWhatBlankAndACorrectionMean() {
        Federation babe = forms.roster().federation("BK.BB", Fixture.PHASE_1).orElseThrow();
        String text = String.join("\n", Instructions.lines(forms, babe));
        assertThat(text).contains("Ô để trống nghĩa là CHƯA BÁO CÁO", "không phải số 0", "Hạn nộp: 10/08/2024",
                "KHÔNG xoá số đã gửi trước", "bộ phận tổng hợp thi đua của Liên đoàn Lao động tỉnh",
                "Số đoàn viên đăng ký thi đua không được lớn hơn số đoàn viên", "Phiên bản danh mục chỉ tiêu: 2024.3",
                "Dòng đầu tiên mang mã của chính Liên đoàn Lao động huyện Ba Bể");
    }

    @Test
    void filesAreNamedForTheInbox() throws IOException {
        List<Path> files = TemplateFiles.write(forms, forms.roster().federations(Fixture.PHASE_1), dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("mau-bao-cao_dot-1-2024_BK.BB.xlsx",
                "mau-bao-cao_dot-1-2024_BK.BB.csv", "mau-bao-cao_dot-1-2024_BK.BB_sang-kien.xlsx",
                "mau-bao-cao_dot-1-2024_BK_sang-kien.csv").hasSize(12);
    }

    private int indexOf(String code) {
        return forms.catalogue().metrics().stream().map(m -> m.code()).toList().indexOf(code);
    }

    static List<String> column(XSSFSheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }
}
