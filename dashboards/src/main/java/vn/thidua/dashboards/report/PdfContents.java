package vn.thidua.dashboards.report;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The table of contents on page 1: each part and numbered heading with the page it starts on, dotted to
 * its number. When the page has not room for every heading, the numbered headings of the appendices and
 * then all numbered headings are left out, never the parts.
 */
final class PdfContents {

    private static final float SIZE = 12;
    private static final float LEADING = SIZE * 1.3f;

    private PdfContents() {
    }

    static void draw(PageFlow flow, List<PageFlow.Mark> marks, PDDocument pdf) {
        ReportFonts fonts = flow.fonts();
        flow.centred("MỤC LỤC", fonts.serifBold(), 12, PageFlow.TEXT, PageFlow.MARGIN_X + PageFlow.WIDTH / 2);
        flow.moveDown(4);
        List<PageFlow.Mark> shown = fitting(flow, marks);
        for (PageFlow.Mark mark : shown) {
            PDFont font = mark.level() == 1 ? fonts.serifBold() : fonts.serif();
            float indent = mark.level() == 1 ? 0 : 16;
            String page = Integer.toString(pdf.getPages().indexOf(mark.page()) + 1);
            float pageWidth = TextWrap.width(fonts.serif(), SIZE, page);
            float right = PageFlow.MARGIN_X + PageFlow.WIDTH;
            List<String> lines = TextWrap.lines(font, SIZE, mark.text(), PageFlow.WIDTH - indent - pageWidth - 24);
            for (int i = 0; i < lines.size(); i++) {
                flow.text(lines.get(i), font, SIZE, PageFlow.TEXT, PageFlow.MARGIN_X + indent, flow.y() - SIZE);
                if (i == lines.size() - 1) {
                    float end = PageFlow.MARGIN_X + indent + TextWrap.width(font, SIZE, lines.get(i)) + 4;
                    String dots = dots(fonts.serif(), end, right - pageWidth - 4);
                    flow.text(dots, fonts.serif(), SIZE, PageFlow.MUTED, right - pageWidth - 4 - TextWrap.width(fonts.serif(), SIZE, dots),
                            flow.y() - SIZE);
                    flow.text(page, fonts.serif(), SIZE, PageFlow.TEXT, right - pageWidth, flow.y() - SIZE);
                }
                flow.moveDown(LEADING);
            }
        }
    }

    private static List<PageFlow.Mark> fitting(PageFlow flow, List<PageFlow.Mark> marks) {
        float room = flow.room();
        if (marks.size() * LEADING * 1.2f <= room) {
            return marks;
        }
        List<PageFlow.Mark> withoutAppendixHeadings = new java.util.ArrayList<>();
        boolean inAppendix = false;
        for (PageFlow.Mark m : marks) {
            inAppendix = m.level() == 1 ? m.text().startsWith("Phụ lục") : inAppendix;
            if (m.level() == 1 || !inAppendix) {
                withoutAppendixHeadings.add(m);
            }
        }
        if (withoutAppendixHeadings.size() * LEADING * 1.2f <= room) {
            return withoutAppendixHeadings;
        }
        return marks.stream().filter(m -> m.level() == 1).toList();
    }

    private static String dots(PDFont font, float from, float to) {
        float dot = TextWrap.width(font, SIZE, ". ");
        int n = Math.max(0, (int) ((to - from) / dot));
        return ". ".repeat(n).strip();
    }
}
