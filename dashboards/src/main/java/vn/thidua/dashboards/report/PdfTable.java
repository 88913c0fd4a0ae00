package vn.thidua.dashboards.report;

import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.TableCell;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A data table across the page width: the figures as narrow as they need, the names the rest, every cell
 * wrapped (never cut), figures right-aligned, and the header repeated at the top of each new page.
 */
public final class PdfTable {

    /** Font sizes tried in turn: a table with many columns of figures gets a smaller one before any figure wraps. */
    static final float[] SIZES = {8f, 7f, 6.5f};
    static final float PADDING = 3;
    private static final Color HEADER_FILL = new Color(0xE8EEF6);
    private static final Color RULE = new Color(0xDDDDDD);

    private PdfTable() {
    }

    static void draw(PageFlow flow, DataTable table) {
        float size = size(flow, table);
        float[] widths = widths(flow, table, size);
        PDFont regular = flow.fonts().regular();
        PDFont bold = flow.fonts().bold();
        List<List<String>> header = wrap(bold, table.headers(), widths, size);
        List<List<List<String>>> rows = table.rows().stream()
                .map(row -> wrap(regular, row.stream().map(TableCell::text).toList(), widths, size)).toList();
        // a table that fits on a page is never split; a longer one starts with its header and a few rows
        float whole = height(header, size) + (float) rows.stream().mapToDouble(r -> height(r, size)).sum();
        float body = PageFlow.PAGE.getHeight() - PageFlow.MARGIN_TOP - PageFlow.MARGIN_BOTTOM;
        float keep = whole <= body - 40 ? whole : height(header, size) + 3 * lineHeight(size);
        if (table.title() != null) {
            flow.heading(table.title(), flow.fonts().serifBold(), 12, PageFlow.TEXT, 8, keep, 0);
        }
        flow.ensure(keep);
        drawRow(flow, header, widths, bold, true, null, size);
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> row = table.rows().get(r);
            List<List<String>> cells = rows.get(r);
            if (flow.y() - height(cells, size) < PageFlow.MARGIN_BOTTOM) {
                flow.newPage();
                drawRow(flow, header, widths, bold, true, null, size);
            }
            drawRow(flow, cells, widths, regular, false, row, size);
        }
        flow.moveDown(10);
    }

    /**
     * Columns of figures (a rank, a value, a change) get what their widest cell or header word needs and no
     * more; the columns of names share the rest in proportion to their longest text, so a unit's name is
     * wrapped whole rather than cut to look like another's.
     */
    /** The largest size at which the figure columns fit beside a name column of a readable width. */
    static float size(PageFlow flow, DataTable table) {
        for (float size : SIZES) {
            float[] widths = widths(flow, table, size);
            float figures = 0;
            for (int c = 0; c < widths.length; c++) {
                figures += isFigures(table, c) ? widths[c] : 0;
            }
            if (figures + 80 <= PageFlow.WIDTH) {
                return size;
            }
        }
        return SIZES[SIZES.length - 1];
    }

    static float[] widths(PageFlow flow, DataTable table, float size) {
        int n = table.headers().size();
        float[] widths = new float[n];
        boolean[] figures = new boolean[n];
        float[] textNeed = new float[n];
        float used = 0;
        for (int c = 0; c < n; c++) {
            figures[c] = isFigures(table, c);
            float cells = 0;
            for (List<TableCell> row : table.rows()) {
                if (c < row.size()) {
                    cells = Math.max(cells, TextWrap.width(flow.fonts().regular(), size, row.get(c).text()));
                }
            }
            float headerWord = 0;
            for (String word : table.headers().get(c).split(" ")) {
                headerWord = Math.max(headerWord, TextWrap.width(flow.fonts().bold(), size, word));
            }
            if (figures[c]) {
                widths[c] = Math.min(Math.max(cells, headerWord) + 2 * PADDING + 1, 72);
                used += widths[c];
            } else {
                textNeed[c] = Math.max(cells, headerWord) + 2 * PADDING;
            }
        }
        float need = 0;
        for (int c = 0; c < n; c++) {
            need += figures[c] ? 0 : textNeed[c];
        }
        used += widenFigureHeaders(flow, table, size, figures, widths, PageFlow.WIDTH - used - need);
        float rest = PageFlow.WIDTH - used;
        for (int c = 0; c < n; c++) {
            if (!figures[c]) {
                widths[c] = need <= rest ? textNeed[c] + (rest - need) * textNeed[c] / need
                        : Math.max(60, rest * textNeed[c] / need);
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (total > PageFlow.WIDTH) { // too many columns even so: shrink all alike
            for (int c = 0; c < n; c++) {
                widths[c] *= PageFlow.WIDTH / total;
            }
        }
        return widths;
    }

    /**
     * When the names already have their room, a figure column's header gets enough to read on two lines ("Đợt 1: đã
     * báo cáo" in five one-word lines reads as a list, not a heading). Returns the width added.
     */
    private static float widenFigureHeaders(PageFlow flow, DataTable table, float size, boolean[] figures,
                                            float[] widths, float spare) {
        if (spare <= 0) {
            return 0;
        }
        float[] want = new float[widths.length];
        float wanted = 0;
        for (int c = 0; c < widths.length; c++) {
            if (figures[c]) {
                float twoLines = TextWrap.width(flow.fonts().bold(), size, table.headers().get(c)) / 2 + 2 * PADDING + 6;
                want[c] = Math.max(0, Math.min(twoLines, 96) - widths[c]);
                wanted += want[c];
            }
        }
        if (wanted == 0) {
            return 0;
        }
        float share = Math.min(1, spare / wanted);
        for (int c = 0; c < widths.length; c++) {
            widths[c] += want[c] * share;
        }
        return wanted * share;
    }

    /** A column of numbers (and "chưa có số liệu" or "—" where a number is missing). */
    private static boolean isFigures(DataTable table, int c) {
        boolean any = false;
        for (List<TableCell> row : table.rows()) {
            if (c >= row.size()) {
                continue;
            }
            TableCell cell = row.get(c);
            if (cell.isNumber()) {
                any = true;
            } else if (!cell.text().isEmpty() && !cell.text().equals(TableCell.NO_DATA)
                    && !cell.text().equals(TableCell.NO_CHANGE)) {
                return false;
            }
        }
        return any;
    }

    private static List<List<String>> wrap(PDFont font, List<String> texts, float[] widths, float size) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < texts.size() ? texts.get(c) : "";
            out.add(TextWrap.lines(font, size, text, widths[c] - 2 * PADDING));
        }
        return out;
    }

    private static float lineHeight(float size) {
        return size * 1.3f;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * lineHeight(size) + 2 * PADDING;
    }

    private static void drawRow(PageFlow flow, List<List<String>> cells, float[] widths, PDFont font, boolean header,
                                List<TableCell> row, float size) {
        float h = height(cells, size);
        float top = flow.y();
        if (header) {
            flow.fillRect(PageFlow.MARGIN_X, top - h, PageFlow.WIDTH, h, HEADER_FILL);
        }
        float x = PageFlow.MARGIN_X;
        for (int c = 0; c < widths.length; c++) {
            boolean right = header ? c > 0 : row != null && c < row.size()
                    && (row.get(c).isNumber() || row.get(c).text().equals(TableCell.NO_CHANGE));
            float baseline = top - PADDING - size;
            for (String line : cells.get(c)) {
                float tx = right ? x + widths[c] - PADDING - TextWrap.width(font, size, line) : x + PADDING;
                flow.text(line, font, size, PageFlow.TEXT, tx, baseline);
                baseline -= lineHeight(size);
            }
            x += widths[c];
        }
        flow.line(PageFlow.MARGIN_X, top - h, PageFlow.MARGIN_X + PageFlow.WIDTH, top - h, RULE, 0.5f);
        flow.moveDown(h);
    }
}
