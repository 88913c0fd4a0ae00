package vn.thidua.dashboards.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A4 portrait pages filled from top to bottom: the cursor moves down as text, tables and charts are
 * placed, and a new page starts when the next block does not fit. PDFBox itself only draws at
 * coordinates (origin bottom-left); this is the little layout the report needs on top of it.
 */
public final class PageFlow implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.A4;
    /** Nghị định 30/2020/NĐ-CP: left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm. */
    static final float MARGIN_X = 85;
    static final float MARGIN_RIGHT = 50;
    static final float MARGIN_TOP = 62;
    static final float MARGIN_BOTTOM = 62;
    static final float WIDTH = PAGE.getWidth() - MARGIN_X - MARGIN_RIGHT;

    static final Color TEXT = new Color(0x212121);
    static final Color MUTED = new Color(0x555555);
    static final Color ACCENT = new Color(0x1F5FA8);

    private final PDDocument document;
    private final ReportFonts fonts;
    private final List<Mark> marks = new java.util.ArrayList<>();
    private PDPageContentStream content;
    private PDPage page;
    private float y;

    /** A heading as placed: which page (0-based, in this flow's document) and where, for contents and bookmarks. */
    record Mark(int level, String text, PDPage page, float top) {
    }

    PageFlow(PDDocument document, ReportFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** A flow that draws on one given page only (the first page, laid out last). */
    static PageFlow on(PDDocument document, ReportFonts fonts, PDPage page) {
        PageFlow flow = new PageFlow(document, fonts);
        try {
            flow.page = page;
            flow.content = new PDPageContentStream(document, page);
            flow.y = PAGE.getHeight() - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return flow;
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** Records where a heading starts, at the current position. */
    void mark(int level, String text) {
        content();
        marks.add(new Mark(level, text, page, y));
    }

    /** Room left on the current page above the bottom margin. */
    float room() {
        return content == null ? 0 : y - MARGIN_BOTTOM;
    }

    PDDocument document() {
        return document;
    }

    ReportFonts fonts() {
        return fonts;
    }

    PDPageContentStream content() {
        if (content == null) {
            newPage();
        }
        return content;
    }

    float y() {
        content();
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) {
        if (content == null || y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    /** A wrapped paragraph at the left margin (plus indent), keeping its lines together when short. */
    void paragraph(String text, PDFont font, float size, Color color, float indent, float spaceAfter) {
        float leading = size * 1.4f;
        List<String> lines = TextWrap.lines(font, size, text, WIDTH - indent);
        ensure(Math.min(lines.size(), 4) * leading);
        for (String line : lines) {
            ensure(leading);
            text(line, font, size, color, MARGIN_X + indent, y - size);
            y -= leading;
        }
        y -= spaceAfter;
    }

    /**
     * A heading that never ends a page: it moves to the next page unless it fits together with
     * {@code keepWithNext} points of what follows it (the first lines, or the whole first chart).
     */
    void heading(String text, PDFont font, float size, Color color, float spaceBefore, float keepWithNext, int level) {
        ensure(spaceBefore + size * 1.4f * TextWrap.lines(font, size, text, WIDTH).size() + keepWithNext);
        if (y < PAGE.getHeight() - MARGIN_TOP) {
            y -= spaceBefore;
        }
        if (level > 0) {
            mark(level, text);
        }
        paragraph(text, font, size, color, 0, size * 0.45f);
    }

    void bullets(List<String> items, PDFont font, float size) {
        for (String item : items) {
            float leading = size * 1.35f;
            List<String> lines = TextWrap.lines(font, size, item, WIDTH - 14);
            ensure(Math.min(lines.size(), 3) * leading);
            text("-", font, size, TEXT, MARGIN_X + 3, y - size);
            for (String line : lines) {
                ensure(leading);
                text(line, font, size, TEXT, MARGIN_X + 14, y - size);
                y -= leading;
            }
            y -= 1.5f;
        }
        y -= 3;
    }

    /** A line centred on {@code centre}, at the current position; the cursor moves below it. */
    void centred(String text, PDFont font, float size, Color color, float centre) {
        float w = TextWrap.width(font, size, text);
        text(text, font, size, color, centre - w / 2, y - size);
        y -= size * 1.3f;
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(String text, PDFont font, float size, Color color, float x, float baseline) {
        try {
            PDPageContentStream c = content();
            c.beginText();
            c.setFont(font, size);
            c.setNonStrokingColor(color);
            c.newLineAtOffset(x, baseline);
            c.showText(TextWrap.nfc(text));
            c.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float yBottom, float w, float h, Color color) {
        try {
            content().setNonStrokingColor(color);
            content().addRect(x, yBottom, w, h);
            content().fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) {
        try {
            content().setStrokingColor(color);
            content().setLineWidth(width);
            content().moveTo(x1, y1);
            content().lineTo(x2, y2);
            content().stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
