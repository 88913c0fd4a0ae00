package vn.thidua.dashboards.report;

import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.TableCell;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A data table across the page width: the first column (the names) takes what the figures leave, every
 * cell wraps, figures are right-aligned, and the header repeats at the top of each new page.
 */
public final class PdfTable {

    static final float SIZE = 7.5f;
    static final float PADDING = 3;
    private static final Color HEADER_FILL = new Color(0xE8EEF6);
    private static final Color RULE = new Color(0xDDDDDD);

    private PdfTable() {
    }

    static void draw(PageFlow flow, DataTable table) {
        float[] widths = widths(flow, table);
        PDFont regular = flow.fonts().regular();
        PDFont bold = flow.fonts().bold();
        List<List<String>> header = wrap(bold, table.headers(), widths);
        flow.ensure(height(header) + 3 * lineHeight());
        drawRow(flow, header, widths, bold, true, null);
        for (List<TableCell> row : table.rows()) {
            List<String> texts = row.stream().map(TableCell::text).toList();
            List<List<String>> cells = wrap(regular, texts, widths);
            if (flow.y() - height(cells) < PageFlow.MARGIN_BOTTOM) {
                flow.newPage();
                drawRow(flow, header, widths, bold, true, null);
            }
            drawRow(flow, cells, widths, regular, false, row);
        }
        flow.moveDown(10);
    }

    /** Figures get what their longest text needs (within limits); the name column takes the rest. */
    private static float[] widths(PageFlow flow, DataTable table) {
        int n = table.headers().size();
        float[] widths = new float[n];
        float rest = PageFlow.WIDTH;
        for (int c = 1; c < n; c++) {
            float need = 0;
            for (List<TableCell> row : table.rows()) {
                if (c < row.size()) {
                    need = Math.max(need, TextWrap.width(flow.fonts().regular(), SIZE, row.get(c).text()));
                }
            }
            widths[c] = Math.max(34, Math.min(need + 2 * PADDING, 70));
            rest -= widths[c];
        }
        if (n > 0) {
            widths[0] = Math.max(rest, 90);
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (total > PageFlow.WIDTH) { // too many columns: shrink all alike
            for (int c = 0; c < n; c++) {
                widths[c] *= PageFlow.WIDTH / total;
            }
        }
        return widths;
    }

    private static List<List<String>> wrap(PDFont font, List<String> texts, float[] widths) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < texts.size() ? texts.get(c) : "";
            out.add(TextWrap.lines(font, SIZE, text, widths[c] - 2 * PADDING));
        }
        return out;
    }

    private static float lineHeight() {
        return SIZE * 1.3f;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * lineHeight() + 2 * PADDING;
    }

    private static void drawRow(PageFlow flow, List<List<String>> cells, float[] widths, PDFont font, boolean header,
                                List<TableCell> row) {
        float h = height(cells);
        float top = flow.y();
        if (header) {
            flow.fillRect(PageFlow.MARGIN_X, top - h, PageFlow.WIDTH, h, HEADER_FILL);
        }
        float x = PageFlow.MARGIN_X;
        for (int c = 0; c < widths.length; c++) {
            boolean right = c > 0 && (header || (row != null && c < row.size()
                    && (row.get(c).isNumber() || row.get(c).text().equals(TableCell.NO_CHANGE))));
            float baseline = top - PADDING - SIZE;
            for (String line : cells.get(c)) {
                float tx = right ? x + widths[c] - PADDING - TextWrap.width(font, SIZE, line) : x + PADDING;
                flow.text(line, font, SIZE, header || c == 0 ? PageFlow.TEXT : PageFlow.TEXT, tx, baseline);
                baseline -= lineHeight();
            }
            x += widths[c];
        }
        flow.line(PageFlow.MARGIN_X, top - h, PageFlow.MARGIN_X + PageFlow.WIDTH, top - h, RULE, 0.5f);
        flow.moveDown(h);
    }
}
