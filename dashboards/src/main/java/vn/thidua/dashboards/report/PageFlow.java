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
    static final float MARGIN_X = 50;
    static final float MARGIN_TOP = 56;
    static final float MARGIN_BOTTOM = 60;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;

    static final Color TEXT = new Color(0x212121);
    static final Color MUTED = new Color(0x555555);
    static final Color ACCENT = new Color(0x1F5FA8);

    private final PDDocument document;
    private final ReportFonts fonts;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, ReportFonts fonts) {
        this.document = document;
        this.fonts = fonts;
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
            PDPage page = new PDPage(PAGE);
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

    void heading(String text, float size, Color color, float spaceBefore) {
        // a heading never ends a page: keep room for it and the first lines that follow
        ensure(spaceBefore + size * 1.4f + 80);
        if (y < PAGE.getHeight() - MARGIN_TOP) {
            y -= spaceBefore;
        }
        paragraph(text, fonts.bold(), size, color, 0, size * 0.5f);
    }

    void bullets(List<String> items, float size) {
        for (String item : items) {
            float leading = size * 1.4f;
            List<String> lines = TextWrap.lines(fonts.regular(), size, item, WIDTH - 14);
            ensure(Math.min(lines.size(), 3) * leading);
            text("•", fonts.regular(), size, ACCENT, MARGIN_X + 2, y - size);
            for (String line : lines) {
                ensure(leading);
                text(line, fonts.regular(), size, TEXT, MARGIN_X + 14, y - size);
                y -= leading;
            }
            y -= 2;
        }
        y -= 4;
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
