package vn.thidua.dashboards;

import vn.thidua.warehouse.SnapshotNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparative report written once from the fixture, then read back as a reader and a spreadsheet would. */
class ComparativeReportTest {

    @TempDir
    static Path tmp;

    private static ReportResult result;

    @BeforeAll
    static void writeReportOnce() {
        Path warehouse = tmp.resolve("warehouse");
        new DashboardFixture().withUnitName("BB.002", "=HYPERLINK(\"http://x.example\",\"bấm\")")
                .withUnitName("BB.003", "@SUM(1+1)").withGrades().writeTo(warehouse);
        result = ComparativeReport.write(warehouse, tmp.resolve("reports"), 2024, SampleProfile.FILE);
    }

    @Test
    void thePdfIsAnOfficialDocumentWithItsHeaderContentsAndSignatureFromTheProfile() throws IOException {
        // when
        String firstPage;
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            text = stripper.getText(pdf);
            stripper.setEndPage(1);
            firstPage = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isEqualTo(result.pages()).isGreaterThan(15);
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("BÁO CÁO Kết quả phong trào thi đua năm 2024 so với năm 2023");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).as("bookmarks: the parts")
                    .extracting(i -> i.getTitle()).startsWith("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA YÊU NƯỚC NĂM 2024",
                            "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025");
        }

        // then page 1 is laid out as the decree says, with the profile's words, and without the run id
        assertThat(firstPage)
                .contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN", "Số: /BC-LĐLĐ")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                .contains("Bắc Kạn, ngày 10 tháng 01 năm 2025")
                .contains("BÁO CÁO Kết quả phong trào thi đua năm 2024 so với năm 2023")
                .contains("Phục vụ tổng kết phong trào thi đua yêu nước năm 2024 và kỷ niệm 95 năm Ngày thành lập"
                        + " Công đoàn Việt Nam (28/7/1929 – 28/7/2024)")
                .contains("MỤC LỤC", "II. ĐÁNH GIÁ CHUNG", "Phụ lục 1. Bảng số liệu theo đơn vị")
                .doesNotContain(DashboardFixture.RUN_ID);
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).as("the parts, the staff's placeholders seeded with facts, the signature block")
                .contains("1. Ưu điểm", "2. Hạn chế, nguyên nhân", "[Cán bộ soạn thảo viết phần ưu điểm.")
                .contains("Nơi nhận:", "- Tổng Liên đoàn Lao động Việt Nam (để báo cáo);", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH")
                .contains("Liên đoàn Lao động huyện Pác Nặm", "chưa có số liệu", "Khối doanh nghiệp")
                .contains("Bản số liệu đã công bố: " + DashboardFixture.RUN_ID + ", lập lúc 08:30 ngày 10/01/2025.")
                .contains("Số liệu tính đến tệp báo cáo cuối cùng, nhận lúc 16:30 ngày 09/01/2025.")
                .contains("Đợt 1 từ 01/01/2024 đến 31/07/2024 (hạn gửi báo cáo 10/08/2024)");
        assertThat(flat).as("the grades have their section, summary and chart")
                .contains("Xếp loại công đoàn cơ sở", "Phân bố xếp loại CĐCS toàn tỉnh", "Năm 2024 có 12 CĐCS hoàn thành"
                        + " xuất sắc nhiệm vụ (22,2% số CĐCS được xếp loại)", "Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ theo đơn vị");
        assertThat(flat).as("chart text is text, in the embedded font, not outlines")
                .contains("Toàn tỉnh 2023", "Toàn khối 2024", "Trường THPT ");
    }

    @Test
    void theDocxIsTheSameDocumentWithRealHeadingsTablesAndPictures() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(result.docx()))) {
            List<String> parts = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(parts).containsExactly("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA YÊU NƯỚC NĂM 2024",
                    "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "Phụ lục 1. Bảng số liệu theo đơn vị",
                    "Phụ lục 2. Phương pháp tính, mức bao phủ và nguồn số liệu");
            assertThat(headings).contains("1. Các số liệu chính của toàn tỉnh", "1. Ưu điểm", "2. Hạn chế, nguyên nhân");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            // the issuer and the national heading side by side, then the data tables with a repeating header row
            XWPFTable header = docx.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN", "Số:");
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Bắc Kạn, ngày 10 tháng 01 năm 2025");
            List<XWPFTable> data = docx.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).toList();
            assertThat(data).hasSizeGreaterThan(15);
            assertThat(data.get(0).getRow(0).getCell(0).getText()).isEqualTo("Đơn vị");
            assertThat(docx.getAllPictures()).as("every chart as a picture").hasSize(21);
            String all = docx.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (x, y) -> x + "\n" + y);
            assertThat(all).contains("MỤC LỤC", "[Cán bộ soạn thảo viết phần ưu điểm.");
            assertThat(docx.getTables()).as("Nơi nhận and the signature side by side")
                    .anySatisfy(t -> assertThat(t.getText()).contains("Nơi nhận:", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"));
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("BÁO CÁO Kết quả phong trào thi đua năm 2024 so với năm 2023");
        }
    }

    @Test
    void fontsAreEmbeddedAndChartsAreVectors() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            int forms = 0;
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDFormXObject form) {
                        forms++;
                        for (COSName f : form.getResources().getFontNames()) {
                            fonts.add(form.getResources().getFont(f));
                        }
                    } else if (x instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(forms).as("one vector drawing per chart, the two grade charts included").isEqualTo(21);
            assertThat(images).as("no bitmap anywhere").isZero();
        }
    }

    @Test
    void aChartPageRendersToAPicture() throws IOException {
        // when
        BufferedImage page;
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            page = new PDFRenderer(pdf).renderImageWithDPI(3, 72); // the first chart page
        }
        Path png = Path.of("target", "report-page-4.png");
        ImageIO.write(page, "png", png.toFile());

        // then: mostly white paper with a fair share of ink, and the two year colours present
        long ink = 0;
        boolean previousYear = false;
        boolean currentYear = false;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y) & 0xFFFFFF;
                ink += rgb == 0xFFFFFF ? 0 : 1;
                previousYear |= near(rgb, 0xA9B4C2);
                currentYear |= near(rgb, 0x1F5FA8);
            }
        }
        double share = (double) ink / (page.getWidth() * page.getHeight());
        assertThat(share).isBetween(0.05, 0.6);
        assertThat(previousYear).as("2023 colour").isTrue();
        assertThat(currentYear).as("2024 colour").isTrue();
    }

    @Test
    void theWorkbookHasNumbersAsNumbersAndNoFormulaAtAll() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(result.xlsx().toFile())) {
            // then
            assertThat(workbook.getSheetName(0)).isEqualTo("Tóm tắt");
            assertThat(workbook.getSheet("Các CĐCS")).isNotNull();
            List<String> texts = new ArrayList<>();
            boolean anyNumber = false;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            anyNumber = true;
                        }
                    }
                }
            }
            assertThat(anyNumber).isTrue();
            assertThat(texts).contains("'=HYPERLINK(\"http://x.example\",\"bấm\")", "'@SUM(1+1)",
                    "Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%, tăng 3,2 điểm so với năm 2023.");
            assertThat(texts).noneMatch(t -> t.startsWith("=") || t.startsWith("+") || t.startsWith("@")
                    || t.startsWith("-"));
            assertThat(workbook.getSheetName(1)).isEqualTo("Danh mục bảng");
            assertThat(workbook.getSheet("Danh mục bảng").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("1. Tỷ lệ đoàn viên đăng ký thi đua theo đơn vị");
            Sheet participation = workbook.getSheet("Bảng 1");
            assertThat(participation.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(participation.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void writesNothingWithoutAPublishedSnapshot() {
        assertThatThrownBy(() -> ComparativeReport.write(tmp.resolve("none"), tmp.resolve("r2"), 2024, SampleProfile.FILE))
                .isInstanceOf(SnapshotNotFoundException.class);
        assertThat(tmp.resolve("r2")).doesNotExist();
        assertThat(Files.exists(result.pdf())).isTrue();
    }

    private static boolean near(int rgb, int target) {
        int dr = Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF));
        int dg = Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF));
        int db = Math.abs((rgb & 0xFF) - (target & 0xFF));
        return dr + dg + db < 12;
    }
}
