package vn.thidua.dashboards.site;

import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.warehouse.manifest.Manifest;

import java.util.List;

/** One federation's page: its headline figures as sentences, then the table of its grassroots units. */
public final class FederationPage {

    private FederationPage() {
    }

    public static String html(int year, Federation federation, List<String> sentences, DataTable units,
                              String snapshotId, Manifest manifest) {
        StringBuilder h = new StringBuilder(16_384);
        String title = federation.name() + " — phong trào thi đua năm " + year;
        PageLayout.head(h, title);
        h.append("<header>\n<p class=\"sub\"><a href=\"index.html\">← Tổng quan toàn tỉnh</a></p>\n<h1>")
                .append(Html.escape(federation.name())).append("</h1>\n<p class=\"sub\">Số liệu cả năm ").append(year)
                .append(", so sánh với năm ").append(year - 1).append(".</p>\n</header>\n");
        h.append("<section>\n<h2>Số liệu chính</h2>\n");
        if (sentences.isEmpty()) {
            h.append("<p class=\"missing\">Chưa có số liệu tổng hợp của đơn vị.</p>\n");
        } else {
            PageLayout.sentences(h, sentences, "key");
        }
        h.append("</section>\n<section>\n<h2>Các công đoàn cơ sở (").append(federation.units().size())
                .append(")</h2>\n");
        if (units.isEmpty()) {
            h.append("<p class=\"missing\">Bản số liệu không có công đoàn cơ sở nào thuộc đơn vị này.</p>\n");
        } else {
            h.append("<p class=\"muted\">Số liệu cả năm ").append(year)
                    .append(". \u201Cchưa có số liệu\u201D là đơn vị chưa báo cáo, không phải bằng 0.</p>\n");
            TableHtml.append(h, units);
        }
        h.append("</section>\n");
        PageLayout.footer(h, snapshotId, manifest);
        return h.toString();
    }
}
