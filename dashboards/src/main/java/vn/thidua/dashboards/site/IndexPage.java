package vn.thidua.dashboards.site;

import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.ResponsiveChart;
import vn.thidua.warehouse.manifest.Manifest;

import java.util.List;
import java.util.Map;

/**
 * {@code index.html}: the province at a glance — key figures as sentences, then the charts by theme,
 * then the links to each federation's page. Every data text is escaped.
 */
public final class IndexPage {

    private IndexPage() {
    }

    public static String title(int year) {
        return "Phong trào thi đua năm " + year + " — Tổng quan toàn tỉnh";
    }

    /** What the page shows about the figures one federation page opens with (participation this year). */
    public record FederationLink(Federation federation, String headline) {
    }

    /**
     * @param drawings each chart's drawings by its file name; a chart without an entry shows its wide drawing alone
     */
    public static String html(int year, String provinceName, List<String> keySentences, List<ChartSection> sections,
                              Map<String, ResponsiveChart> drawings, List<FederationLink> federations, String snapshotId,
                              Manifest manifest) {
        StringBuilder h = new StringBuilder(32_768);
        PageLayout.head(h, title(year));
        h.append("<header>\n<h1>").append(Html.escape(title(year))).append("</h1>\n<p class=\"sub\">");
        if (provinceName != null) {
            h.append(Html.escape(provinceName)).append(" · ");
        }
        h.append("Số liệu theo Đợt 1, Đợt 2 và cả năm ").append(year).append(", so sánh với năm ").append(year - 1)
                .append(".</p>\n</header>\n");

        h.append("<nav aria-label=\"Mục lục\"><ul>\n<li><a href=\"#so-lieu-chinh\">Số liệu chính</a></li>\n");
        sections.forEach(s -> h.append("<li><a href=\"#").append(Html.escape(s.id())).append("\">")
                .append(Html.escape(s.title())).append("</a></li>\n"));
        h.append("<li><a href=\"#don-vi\">Từng đơn vị</a></li>\n</ul></nav>\n");

        h.append("<section id=\"so-lieu-chinh\">\n<h2>Số liệu chính</h2>\n");
        if (keySentences.isEmpty()) {
            h.append("<p class=\"missing\">Bản số liệu chưa có chỉ tiêu tổng hợp toàn tỉnh.</p>\n");
        } else {
            PageLayout.sentences(h, keySentences, "key");
        }
        h.append("</section>\n");

        for (ChartSection s : sections) {
            h.append("<section id=\"").append(Html.escape(s.id())).append("\">\n<h2>").append(Html.escape(s.title()))
                    .append("</h2>\n");
            if (s.charts().isEmpty()) {
                h.append("<p class=\"missing\">").append(Html.escape(PlainWords.withoutCommands(s.whenEmpty())))
                        .append("</p>\n");
            }
            s.charts().forEach(c -> ChartFigure.append(h, drawings.getOrDefault(c.fileName(),
                    new ResponsiveChart("", c, null))));
            h.append("</section>\n");
        }

        h.append("<section id=\"don-vi\">\n<h2>Từng LĐLĐ huyện, thành phố và công đoàn ngành</h2>\n");
        if (federations.isEmpty()) {
            h.append("<p class=\"missing\">Bản số liệu chưa có danh sách đơn vị.</p>\n");
        } else {
            h.append("<ul class=\"fed\">\n");
            for (FederationLink link : federations) {
                h.append("<li><a href=\"").append(Html.escape(link.federation().pageFile())).append("\">")
                        .append(Html.escape(link.federation().name())).append("</a>");
                if (link.headline() != null) {
                    h.append(" <span class=\"muted\">").append(Html.escape(link.headline())).append("</span>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
        PageLayout.footer(h, snapshotId, manifest);
        return h.toString();
    }
}
