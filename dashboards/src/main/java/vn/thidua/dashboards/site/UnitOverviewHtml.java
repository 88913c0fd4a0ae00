package vn.thidua.dashboards.site;

import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.dataset.UnitOverview;

/**
 * A federation's units as one table, grouped by cluster: on a laptop every column, the header sticking to the top
 * while scrolling; on a phone (CSS only, below 600 px) each unit becomes a card with its name and the columns
 * marked {@code onPhone}, the other figures in a {@code <details>} at the end of the card (a cell a laptop
 * does not show: the columns show them).
 */
final class UnitOverviewHtml {

    private UnitOverviewHtml() {
    }

    static void append(StringBuilder h, UnitOverview t) {
        int span = t.columns().size() + 1;
        h.append("<table class=\"units\">\n<thead><tr><th scope=\"col\">Công đoàn cơ sở</th>");
        t.columns().forEach(c -> h.append("<th scope=\"col\">").append(Html.escape(c.header())).append("</th>"));
        h.append("</tr></thead>\n");
        for (UnitOverview.Group g : t.groups()) {
            h.append("<tbody>\n<tr class=\"group\"><th scope=\"colgroup\" colspan=\"").append(span).append("\">")
                    .append(Html.escape(g.clusterName())).append(" <span class=\"count\">(").append(g.units().size())
                    .append(" CĐCS)</span></th></tr>\n");
            g.units().forEach(u -> row(h, t, u));
            h.append("</tbody>\n");
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, UnitOverview t, UnitOverview.Line u) {
        h.append("<tr><th scope=\"row\">").append(Html.escape(u.name())).append("</th>");
        for (int i = 0; i < t.columns().size(); i++) {
            UnitOverview.Column c = t.columns().get(i);
            TableCell cell = u.cells().get(i);
            String css = (c.onPhone() ? "key" : "") + (cellClass(cell).isEmpty() ? "" : (c.onPhone() ? " " : "") + cellClass(cell));
            h.append("<td").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append(" data-label=\"")
                    .append(Html.escape(c.header())).append("\">").append(Html.escape(cell.text())).append("</td>");
        }
        details(h, t, u);
        h.append("</tr>\n");
    }

    /** The figures a phone hides from the row, at the end of its card (a laptop shows them as columns). */
    private static void details(StringBuilder h, UnitOverview t, UnitOverview.Line u) {
        h.append("<td class=\"more\"><details><summary>Xem thêm số liệu</summary><dl>");
        for (int i = 0; i < t.columns().size(); i++) {
            if (!t.columns().get(i).onPhone()) {
                h.append("<dt>").append(Html.escape(t.columns().get(i).header())).append("</dt><dd>")
                        .append(Html.escape(u.cells().get(i).text())).append("</dd>");
            }
        }
        h.append("</dl></details></td>");
    }

    /** Words ("chưa có số liệu", a grade) wrap and read left; figures stay on one line, right-aligned. */
    private static String cellClass(TableCell cell) {
        if (cell.text().equals(TableCell.NO_DATA)) {
            return "na";
        }
        return cell.isNumber() || cell.text().equals(TableCell.NO_CHANGE) ? "" : "text";
    }
}
