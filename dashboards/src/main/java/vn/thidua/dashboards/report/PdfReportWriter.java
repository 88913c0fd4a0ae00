package vn.thidua.dashboards.report;

import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.DashboardChart;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lays the report out as an A4 PDF: cover, summary, the charts (vectors) each with its commentary, the
 * tables by federation, the method and the snapshot it came from; page numbers in the footer.
 */
public final class PdfReportWriter {

    private static final float BODY = 10.5f;
    private static final Color SOFT = new Color(0xE8EEF6);

    private PdfReportWriter() {
    }

    public static void write(ReportContent content, Path file) {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(document);
            info(document, content);
            try (PageFlow flow = new PageFlow(document, fonts)) {
                cover(flow, content);
                flow.newPage();
                summary(flow, content);
                charts(flow, content.sections());
                flow.newPage();
                tables(flow, content.federationTables());
                flow.newPage();
                method(flow, content);
            }
            footers(document, fonts, content.title());
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void info(PDDocument document, ReportContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title());
        info.setSubject(content.subtitle());
        info.setAuthor(content.provinceName());
        info.setCreator("thidua");
        info.setCreationDate(Calendar.getInstance());
    }

    private static void cover(PageFlow flow, ReportContent content) {
        flow.newPage();
        float top = PageFlow.PAGE.getHeight();
        flow.fillRect(0, top - 14, PageFlow.PAGE.getWidth(), 14, PageFlow.ACCENT);
        flow.moveDown(40);
        if (content.provinceName() != null) {
            centered(flow, content.provinceName().toUpperCase(java.util.Locale.ROOT), flow.fonts().bold(), 12,
                    PageFlow.TEXT);
        }
        flow.moveDown(170);
        for (String line : TextWrap.lines(flow.fonts().bold(), 22, content.coverTitle().toUpperCase(java.util.Locale.ROOT),
                PageFlow.WIDTH - 20)) {
            centered(flow, line, flow.fonts().bold(), 22, PageFlow.ACCENT);
            flow.moveDown(8);
        }
        flow.moveDown(14);
        for (String line : TextWrap.lines(flow.fonts().regular(), 12.5f, content.subtitle(), PageFlow.WIDTH - 40)) {
            centered(flow, line, flow.fonts().regular(), 12.5f, PageFlow.TEXT);
            flow.moveDown(4);
        }
        flow.moveDown(250);
        centered(flow, content.placeAndDate(), flow.fonts().regular(), 11.5f, PageFlow.MUTED);
        flow.moveDown(6);
        centered(flow, content.source().get(0), flow.fonts().regular(), 8.5f, PageFlow.MUTED);
    }

    private static void centered(PageFlow flow, String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size,
                                 Color color) {
        float w = TextWrap.width(font, size, text);
        flow.text(text, font, size, color, (PageFlow.PAGE.getWidth() - w) / 2, flow.y() - size);
        flow.moveDown(size * 1.35f);
    }

    private static void summary(PageFlow flow, ReportContent content) {
        flow.heading("I. Tóm tắt kết quả", 15, PageFlow.ACCENT, 0);
        flow.paragraph("Các số liệu chính của toàn tỉnh cả năm, so với năm trước (rút ra tự động từ bản số liệu).",
                flow.fonts().regular(), BODY, PageFlow.MUTED, 0, 6);
        for (ReportContent.Group group : content.summary()) {
            flow.heading(group.title(), 11.5f, PageFlow.TEXT, 6);
            flow.bullets(group.sentences(), BODY);
        }
    }

    private static void charts(PageFlow flow, List<ChartSection> sections) {
        flow.newPage();
        flow.heading("II. Biểu đồ và nhận xét", 15, PageFlow.ACCENT, 0);
        int n = 0;
        for (ChartSection section : sections) {
            n++;
            flow.heading(n + ". " + section.title(), 12.5f, PageFlow.TEXT, 10);
            if (section.charts().isEmpty()) {
                flow.paragraph(section.whenEmpty(), flow.fonts().regular(), BODY, PageFlow.MUTED, 0, 4);
            }
            for (DashboardChart chart : section.charts()) {
                if (chart.hasChart()) {
                    PdfChart.draw(flow, chart);
                } else {
                    flow.paragraph(chart.title() + ": chưa có số liệu để vẽ biểu đồ.", flow.fonts().bold(), BODY,
                            PageFlow.MUTED, 0, 4);
                }
                flow.paragraph(chart.caption(), flow.fonts().regular(), 8.5f, PageFlow.MUTED, 0, 4);
                flow.bullets(chart.commentary(), 9.5f);
                flow.moveDown(6);
            }
        }
    }

    private static void tables(PageFlow flow, List<DataTable> tables) {
        flow.heading("III. Bảng số liệu theo đơn vị", 15, PageFlow.ACCENT, 0);
        flow.paragraph("Mỗi bảng ghi số liệu năm trước, năm nay và mức thay đổi theo từng đợt và cả năm. "
                + "\u201Cchưa có số liệu\u201D là đơn vị chưa báo cáo, không phải bằng 0.",
                flow.fonts().regular(), 9.5f, PageFlow.MUTED, 0, 6);
        for (DataTable table : tables) {
            flow.heading(table.title(), 10.5f, PageFlow.TEXT, 8);
            PdfTable.draw(flow, table);
        }
    }

    private static void method(PageFlow flow, ReportContent content) {
        flow.heading("IV. Phương pháp tính và mức bao phủ số liệu", 15, PageFlow.ACCENT, 0);
        for (String p : content.method().paragraphs()) {
            flow.paragraph(p, flow.fonts().regular(), 9.5f, PageFlow.TEXT, 0, 5);
        }
        flow.heading(content.method().indicators().title(), 10.5f, PageFlow.TEXT, 8);
        PdfTable.draw(flow, content.method().indicators());
        flow.heading(content.method().coverage().title(), 10.5f, PageFlow.TEXT, 8);
        flow.bullets(content.method().coverageNotes(), 9.5f);
        PdfTable.draw(flow, content.method().coverage());
        flow.heading("V. Nguồn số liệu", 15, PageFlow.ACCENT, 12);
        flow.bullets(content.source(), 9.5f);
    }

    /** "Trang 3/24" and the report's title at the bottom of every page but the cover. */
    private static void footers(PDDocument document, ReportFonts fonts, String title) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 1; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                c.setStrokingColor(SOFT);
                c.setLineWidth(0.8f);
                c.moveTo(PageFlow.MARGIN_X, 42);
                c.lineTo(PageFlow.PAGE.getWidth() - PageFlow.MARGIN_X, 42);
                c.stroke();
                c.beginText();
                c.setFont(fonts.regular(), 8);
                c.setNonStrokingColor(PageFlow.MUTED);
                c.newLineAtOffset(PageFlow.MARGIN_X, 30);
                c.showText(TextWrap.nfc(title));
                c.endText();
                String number = "Trang " + (i + 1) + "/" + total;
                float w = TextWrap.width(fonts.regular(), 8, number);
                c.beginText();
                c.setFont(fonts.regular(), 8);
                c.newLineAtOffset(PageFlow.PAGE.getWidth() - PageFlow.MARGIN_X - w, 30);
                c.showText(number);
                c.endText();
            }
        }
    }
}
