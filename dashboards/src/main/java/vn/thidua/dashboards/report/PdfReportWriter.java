package vn.thidua.dashboards.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import vn.thidua.dashboards.report.ReportDocument.Block;
import vn.thidua.dashboards.report.ReportDocument.Bullets;
import vn.thidua.dashboards.report.ReportDocument.Figure;
import vn.thidua.dashboards.report.ReportDocument.Heading;
import vn.thidua.dashboards.report.ReportDocument.Note;
import vn.thidua.dashboards.report.ReportDocument.Paragraph;
import vn.thidua.dashboards.report.ReportDocument.Part;
import vn.thidua.dashboards.report.ReportDocument.Placeholder;
import vn.thidua.dashboards.report.ReportDocument.Subheading;
import vn.thidua.dashboards.report.ReportDocument.Table;

/**
 * Lays the report out as an A4 PDF in the administrative-document form: page 1 carries the issuer and the
 * national heading, place and date, the title and the table of contents; the parts follow, then "Nơi nhận"
 * and the signature, then the appendices on their own pages. Page numbers at the top centre from page 2.
 * The body is laid out first and page 1 last, so that the contents know every heading's page.
 */
public final class PdfReportWriter {

    static final float BODY = 13;
    private static final float NOTE = 10.5f;
    private static final Color PLACEHOLDER_FILL = new Color(0xFFF6D5);
    private static final Color PLACEHOLDER_RULE = new Color(0xC9A227);

    private PdfReportWriter() {
    }

    public static void write(ReportDocument document, Path file) {
        try (PDDocument pdf = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(pdf);
            info(pdf, document);
            List<PageFlow.Mark> marks;
            try (PageFlow flow = new PageFlow(pdf, fonts)) {
                for (Part part : document.body()) {
                    part(flow, part);
                }
                PdfClosing.draw(flow, document.profile());
                for (Part part : document.appendices()) {
                    flow.newPage();
                    part(flow, part);
                }
                marks = flow.marks();
            }
            PDPage first = new PDPage(PageFlow.PAGE);
            pdf.getPages().insertBefore(first, pdf.getPage(0));
            try (PageFlow page = PageFlow.on(pdf, fonts, first)) {
                PdfHeader.draw(page, document);
                PdfContents.draw(page, marks, pdf);
            }
            pageNumbers(pdf, fonts);
            outline(pdf, marks);
            pdf.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + file, e);
        }
    }

    private static void part(PageFlow flow, Part part) {
        flow.heading(part.heading(), flow.fonts().serifBold(), BODY, PageFlow.TEXT, 14, keep(flow, part.blocks()), 1);
        List<Block> blocks = part.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            block(flow, blocks.get(i), blocks.subList(i + 1, blocks.size()));
        }
    }

    private static void block(PageFlow flow, Block block, List<Block> next) {
        PDFont serif = flow.fonts().serif();
        if (block instanceof Heading h) {
            flow.heading(h.text(), flow.fonts().serifBold(), BODY, PageFlow.TEXT, 8, keep(flow, next), 2);
        } else if (block instanceof Subheading s) {
            flow.heading(s.text(), flow.fonts().serifBold(), 12, PageFlow.TEXT, 4, 50, 0);
        } else if (block instanceof Paragraph p) {
            flow.paragraph(p.text(), serif, BODY, PageFlow.TEXT, 0, 5);
        } else if (block instanceof Bullets b) {
            flow.bullets(b.items(), serif, BODY);
        } else if (block instanceof Figure f) {
            PdfChart.draw(flow, f.chart());
        } else if (block instanceof Note n) {
            flow.paragraph(n.text(), flow.fonts().serifItalic(), NOTE, PageFlow.MUTED, 0, 4);
        } else if (block instanceof Table t) {
            PdfTable.draw(flow, t.table());
        } else if (block instanceof Placeholder p) {
            placeholder(flow, p);
        }
    }

    /**
     * What must stay with a heading: the first chart whole, a placeholder box whole, or the first lines of text; a
     * heading followed by a heading keeps both (so "II. ĐÁNH GIÁ CHUNG" never ends a page above "1. Ưu điểm").
     */
    private static float keep(PageFlow flow, List<Block> next) {
        if (next.isEmpty()) {
            return 4 * BODY * 1.4f;
        }
        Block first = next.get(0);
        if (first instanceof Figure f) {
            return PdfChart.printedHeight(f.chart()) + 8;
        }
        if (first instanceof Heading h) {
            float own = 8 + BODY * 1.4f * TextWrap.lines(flow.fonts().serifBold(), BODY, h.text(), PageFlow.WIDTH).size();
            return own + keep(flow, next.subList(1, next.size()));
        }
        if (first instanceof Placeholder p) {
            return PlaceholderLines.of(flow.fonts(), p).height();
        }
        return 4 * BODY * 1.4f;
    }

    /** A placeholder's text wrapped to the box: measured once, for keeping it whole and for drawing it. */
    private record PlaceholderLines(List<String> instruction, List<List<String>> facts) {

        private static final float LEADING = 12 * 1.35f;

        static PlaceholderLines of(ReportFonts fonts, Placeholder p) {
            float inner = PageFlow.WIDTH - 20;
            return new PlaceholderLines(TextWrap.lines(fonts.serifItalic(), 12, "[" + p.instruction() + "]", inner),
                    p.facts().stream().map(f -> TextWrap.lines(fonts.serif(), 12, f, inner - 12)).toList());
        }

        /** The box's height, at most a page. */
        float height() {
            int lines = instruction.size() + facts.stream().mapToInt(List::size).sum() + (facts.isEmpty() ? 1 : 0);
            return Math.min(lines * LEADING + 16, PageFlow.PAGE.getHeight() - PageFlow.MARGIN_TOP - PageFlow.MARGIN_BOTTOM);
        }
    }

    /** A tinted, ruled box with the instruction in italics and the facts: unmistakably not yet written. */
    private static void placeholder(PageFlow flow, Placeholder p) {
        ReportFonts fonts = flow.fonts();
        PlaceholderLines lines = PlaceholderLines.of(fonts, p);
        List<String> instruction = lines.instruction();
        List<List<String>> facts = lines.facts();
        float leading = PlaceholderLines.LEADING;
        float height = lines.height();
        flow.ensure(height);
        float top = flow.y();
        flow.fillRect(PageFlow.MARGIN_X, top - height, PageFlow.WIDTH, height, PLACEHOLDER_FILL);
        flow.fillRect(PageFlow.MARGIN_X, top - height, 3, height, PLACEHOLDER_RULE);
        flow.moveDown(8);
        for (String line : instruction) {
            flow.text(line, fonts.serifItalic(), 12, PageFlow.MUTED, PageFlow.MARGIN_X + 10, flow.y() - 12);
            flow.moveDown(leading);
        }
        if (p.facts().isEmpty()) {
            flow.text("(Số liệu không cho thấy điểm nổi bật nào.)", fonts.serifItalic(), 12, PageFlow.MUTED,
                    PageFlow.MARGIN_X + 10, flow.y() - 12);
            flow.moveDown(leading);
        }
        for (List<String> fact : facts) {
            flow.text("-", fonts.serif(), 12, PageFlow.TEXT, PageFlow.MARGIN_X + 12, flow.y() - 12);
            for (String line : fact) {
                flow.text(line, fonts.serif(), 12, PageFlow.TEXT, PageFlow.MARGIN_X + 22, flow.y() - 12);
                flow.moveDown(leading);
            }
        }
        flow.moveDown(16);
    }

    private static void info(PDDocument pdf, ReportDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.profile().documentType() + " " + document.subject());
        info.setSubject(String.join(" ", document.intro()));
        info.setAuthor(document.profile().issuingBody());
        info.setKeywords("hồ sơ văn bản " + document.profile().version() + "; bản số liệu " + document.sourceId());
        info.setCreator("thidua");
        // the document's date, not the clock: the same figures give the same file
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        date.clear();
        date.set(document.date().getYear(), document.date().getMonthValue() - 1, document.date().getDayOfMonth());
        info.setCreationDate(date);
    }

    /** Nghị định 30: the page number at the top centre, from the second page on. */
    private static void pageNumbers(PDDocument pdf, ReportFonts fonts) throws IOException {
        for (int i = 1; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = Integer.toString(i + 1);
                float w = TextWrap.width(fonts.serif(), 12, number);
                c.beginText();
                c.setFont(fonts.serif(), 12);
                c.setNonStrokingColor(PageFlow.TEXT);
                c.newLineAtOffset((PageFlow.PAGE.getWidth() - w) / 2, PageFlow.PAGE.getHeight() - 34);
                c.showText(number);
                c.endText();
            }
        }
    }

    /** Bookmarks: the parts and their numbered headings, as a reader's side panel shows them. */
    private static void outline(PDDocument pdf, List<PageFlow.Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem part = null;
        for (PageFlow.Mark mark : marks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.text());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(mark.page());
            destination.setTop((int) mark.top());
            item.setDestination(destination);
            if (mark.level() == 1 || part == null) {
                outline.addLast(item);
                part = item;
            } else {
                part.addLast(item);
            }
        }
        outline.openNode();
        pdf.getDocumentCatalog().setDocumentOutline(outline);
    }
}
