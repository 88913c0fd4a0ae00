package vn.thidua.dashboards.site;

import vn.thidua.dashboards.figures.DashboardChart;
import vn.thidua.dashboards.figures.ResponsiveChart;

/**
 * One chart on a page: title, image (a phone gets its narrow drawing through {@code <picture>}, no script), how
 * to read it, what it shows, its figures, and the wide drawing as SVG for documents.
 */
public final class ChartFigure {

    /** Where the page switches to the phone drawings; the same width as the layout's own switch. */
    static final String PHONE = "(max-width: 600px)";

    private ChartFigure() {
    }

    static void append(StringBuilder h, DashboardChart c) {
        append(h, new ResponsiveChart("", c, null));
    }

    static void append(StringBuilder h, ResponsiveChart rc) {
        DashboardChart c = rc.wide();
        h.append("<figure>\n<h3>").append(Html.escape(c.title())).append("</h3>\n");
        if (c.hasChart()) {
            image(h, rc);
        } else {
            h.append("<p class=\"missing\">Chưa có số liệu để vẽ biểu đồ này.</p>\n");
        }
        if (rc.hasNarrow() && rc.phoneNote() != null) {
            h.append("<p class=\"phone-only muted\">").append(Html.escape(rc.phoneNote())).append("</p>\n");
        }
        if (!c.caption().isEmpty() || c.hasChart()) {
            h.append("<figcaption>").append(Html.escape(c.caption()));
            if (c.hasChart()) {
                h.append(c.caption().isEmpty() ? "" : " ").append("<a href=\"").append(Html.escape(rc.href(c.svgName())))
                        .append("\">Tải hình vẽ chất lượng cao</a>");
            }
            h.append("</figcaption>\n");
        }
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

    private static void image(StringBuilder h, ResponsiveChart rc) {
        DashboardChart c = rc.wide();
        if (rc.hasNarrow()) {
            DashboardChart n = rc.narrow();
            h.append("<picture>\n<source media=\"").append(PHONE).append("\" srcset=\"")
                    .append(Html.escape(rc.href(n.pngName()))).append("\" width=\"").append(n.width())
                    .append("\" height=\"").append(n.height()).append("\">\n");
        }
        h.append("<img src=\"").append(Html.escape(rc.href(c.pngName()))).append("\" alt=\"")
                .append(Html.escape("Biểu đồ: " + c.title())).append("\" width=\"").append(c.width())
                .append("\" height=\"").append(c.height()).append("\">\n");
        if (rc.hasNarrow()) {
            h.append("</picture>\n");
        }
    }
}
