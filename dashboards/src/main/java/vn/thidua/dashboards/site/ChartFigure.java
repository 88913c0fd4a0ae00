package vn.thidua.dashboards.site;

import vn.thidua.dashboards.figures.DashboardChart;

/** One chart on a page: title, image (with its SVG beside it), how to read it, what it shows, its figures. */
public final class ChartFigure {

    private ChartFigure() {
    }

    static void append(StringBuilder h, DashboardChart c) {
        h.append("<figure>\n<h3>").append(Html.escape(c.title())).append("</h3>\n");
        if (c.hasChart()) {
            h.append("<img src=\"").append(Html.escape(c.pngName())).append("\" alt=\"")
                    .append(Html.escape("Biểu đồ: " + c.title())).append("\" width=\"").append(c.width())
                    .append("\" height=\"").append(c.height()).append("\">\n");
        } else {
            h.append("<p class=\"missing\">Chưa có số liệu để vẽ biểu đồ này.</p>\n");
        }
        h.append("<figcaption>").append(Html.escape(c.caption()));
        if (c.hasChart()) {
            h.append(" <a href=\"").append(Html.escape(c.svgName())).append("\">Tải biểu đồ dạng SVG</a>");
        }
        h.append("</figcaption>\n");
        if (!c.commentary().isEmpty()) {
            PageLayout.sentences(h, c.commentary(), "comment");
        }
        if (!c.table().isEmpty()) {
            h.append("<details>\n<summary>Xem số liệu chi tiết</summary>\n");
            TableHtml.append(h, c.table());
            h.append("</details>\n");
        }
        h.append("</figure>\n");
    }
}
