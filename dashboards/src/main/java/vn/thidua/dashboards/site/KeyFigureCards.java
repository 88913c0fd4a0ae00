package vn.thidua.dashboards.site;

import vn.thidua.dashboards.dataset.FederationStanding;
import vn.thidua.dashboards.text.StandingText;

import java.util.List;

/**
 * A federation's headline figures as cards: the figure, its change against last year, its rank among the
 * federations and the province's figure. Two cards a row on a phone, three on a laptop.
 */
final class KeyFigureCards {

    private KeyFigureCards() {
    }

    static void append(StringBuilder h, List<FederationStanding> standings, int year) {
        if (standings.isEmpty()) {
            h.append("<p class=\"missing\">Chưa có số liệu tổng hợp của đơn vị.</p>\n");
            return;
        }
        h.append("<ul class=\"cards\">\n");
        standings.forEach(s -> card(h, s, year));
        h.append("</ul>\n");
    }

    private static void card(StringBuilder h, FederationStanding s, int year) {
        h.append("<li class=\"card\">\n<p class=\"card-label\">").append(Html.escape(s.label())).append("</p>\n")
                .append("<p class=\"card-value").append(s.current() == null ? " na" : "").append("\">")
                .append(Html.escape(StandingText.value(s))).append("</p>\n");
        String change = StandingText.change(s, year);
        if (change != null) {
            Integer d = StandingText.direction(s);
            // green for a change for the better, red for the worse: which way is better is the catalogue's
            int judged = d == null ? 0 : d * s.better();
            String css = judged > 0 ? " better" : judged < 0 ? " worse" : "";
            String arrow = d == null || d == 0 ? "" : d > 0 ? "▲ " : "▼ ";
            h.append("<p class=\"card-change").append(css).append("\">");
            if (!arrow.isEmpty()) {
                h.append("<span aria-hidden=\"true\">").append(arrow).append("</span>");
            }
            h.append(Html.escape(change)).append("</p>\n");
        }
        String rank = StandingText.rank(s);
        if (rank != null) {
            h.append("<p class=\"card-rank\"><strong>").append(Html.escape(capitalised(rank))).append("</strong></p>\n");
        }
        String province = StandingText.province(s);
        if (province != null) {
            h.append("<p class=\"card-province\">").append(Html.escape(capitalised(province))).append("</p>\n");
        }
        h.append("</li>\n");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
