package vn.thidua.dashboards.site;

import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.text.ReportingText;
import vn.thidua.dashboards.text.Sentences;
import vn.thidua.warehouse.manifest.Manifest;

/**
 * One federation's page, for its leader, on a laptop or a phone: where it stands (figures, rank, province), which
 * units have not reported, its units against the federation and the province, its grades, and every unit by cluster.
 */
public final class FederationPage {

    private FederationPage() {
    }

    public static String html(int year, Federation federation, FederationContent content, String snapshotId,
                              Manifest manifest) {
        StringBuilder h = new StringBuilder(32_768);
        PageLayout.head(h, federation.name() + " — phong trào thi đua năm " + year);
        h.append("<header>\n<p class=\"sub\"><a href=\"index.html\">← Tổng quan toàn tỉnh</a></p>\n<h1>")
                .append(Html.escape(federation.name())).append("</h1>\n<p class=\"sub\">Số liệu cả năm ").append(year)
                .append(", so sánh với năm ").append(year - 1).append(" · ").append(federation.units().size())
                .append(" công đoàn cơ sở.</p>\n");
        // the one thing to act on, before anything else: who has not reported, who was late
        ReportingText.attention(content.reporting()).ifPresent(a -> h.append("<p class=\"attention\">Cần đôn đốc: ")
                .append(Html.escape(a)).append(" <a href=\"#bao-cao\">Xem danh sách</a></p>\n"));
        h.append("</header>\n");
        h.append("<nav aria-label=\"Mục lục\"><ul>\n<li><a href=\"#so-lieu-chinh\">Số liệu chính</a></li>\n")
                .append("<li><a href=\"#bao-cao\">Báo cáo</a></li>\n<li><a href=\"#bieu-do\">Biểu đồ</a></li>\n")
                .append("<li><a href=\"#xep-loai\">Xếp loại</a></li>\n<li><a href=\"#cac-cdcs\">Từng CĐCS</a></li>\n")
                .append("</ul></nav>\n");

        h.append("<section id=\"so-lieu-chinh\">\n<h2>Số liệu chính cả năm ").append(year).append("</h2>\n");
        KeyFigureCards.append(h, content.standings(), year);
        if (content.standings().stream().anyMatch(s -> s.rank() != null)) {
            h.append("<p class=\"muted\">Thứ hạng so với các LĐLĐ huyện, thành phố và công đoàn ngành (thứ 1 là tốt "
                    + "nhất); số lượng tuyệt đối không xếp hạng vì đơn vị đông đoàn viên bao giờ cũng nhiều hơn.</p>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"bao-cao\">\n<h2>Công đoàn cơ sở chưa báo cáo, báo cáo muộn</h2>\n");
        ReportingSection.append(h, content.reporting(), Sentences.dataCutoff(manifest), year);
        h.append("</section>\n");

        h.append("<section id=\"bieu-do\">\n<h2>So sánh các công đoàn cơ sở</h2>\n");
        if (content.charts().isEmpty()) {
            h.append("<p class=\"missing\">Chưa có số liệu để vẽ biểu đồ.</p>\n");
        }
        content.charts().forEach(c -> ChartFigure.append(h, c));
        h.append("</section>\n");

        h.append("<section id=\"xep-loai\">\n<h2>Xếp loại công đoàn cơ sở</h2>\n");
        GradeSummary.append(h, content.gradeSummary(), content.evaluated(), content.notYetGraded(), year);
        h.append("</section>\n");

        h.append("<section id=\"cac-cdcs\">\n<h2>Các công đoàn cơ sở (").append(federation.units().size()).append(")</h2>\n");
        if (content.units().unitCount() == 0) {
            h.append("<p class=\"missing\">Bản số liệu không có công đoàn cơ sở nào thuộc đơn vị này.</p>\n");
        } else {
            h.append("<p class=\"muted\">Số liệu cả năm ").append(year).append(", xếp theo cụm, khối thi đua. "
                    + "\u201Cchưa có số liệu\u201D là đơn vị chưa báo cáo, không phải bằng 0.</p>\n");
            UnitOverviewHtml.append(h, content.units());
        }
        h.append("</section>\n");
        PageLayout.footer(h, snapshotId, manifest);
        return h.toString();
    }
}
