package vn.thidua.dashboards.site;

import vn.thidua.dashboards.dataset.FederationGrades;
import vn.thidua.dashboards.text.FederationGradeText;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A federation's year-end grades: units and share per grade this year, the previous year by the same rubric,
 * the previous year's official grades when supplied, and the province's share; or, before the evaluation,
 * the sentence the site says for "no evaluation yet".
 */
final class GradeSummary {

    private GradeSummary() {
    }

    /**
     * @param grades         empty before the evaluation, or when it has no rows for this federation
     * @param evaluated      whether the evaluation of this snapshot exists at all
     * @param notYetGraded   what the site says before the evaluation (plain words)
     */
    static void append(StringBuilder h, Optional<FederationGrades> grades, boolean evaluated, String notYetGraded,
                       int year) {
        if (grades.isEmpty()) {
            h.append("<p class=\"missing\">").append(Html.escape(evaluated
                    ? "Kết quả đánh giá, xếp loại năm " + year + " chưa có số liệu tổng hợp riêng của đơn vị này; "
                    + "xếp loại của từng công đoàn cơ sở ở bảng bên dưới." : PlainWords.withoutCommands(notYetGraded)))
                    .append("</p>\n");
            return;
        }
        FederationGrades g = grades.get();
        FederationGradeText.excellent(g, year).ifPresent(s -> h.append("<p>").append(Html.escape(s)).append("</p>\n"));
        List<String> headers = new ArrayList<>(List.of("Mức xếp loại", "Năm " + year,
                "Năm " + (year - 1) + " cùng tiêu chí"));
        if (g.officialBefore()) {
            headers.add("Năm " + (year - 1) + " chính thức");
        }
        headers.add("Toàn tỉnh " + year);
        h.append("<div class=\"table\"><table class=\"grades\">\n<thead><tr>");
        headers.forEach(x -> h.append("<th scope=\"col\">").append(Html.escape(x)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (FederationGrades.Line l : g.lines()) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(FederationGradeText.shortLabel(l.label())))
                    .append("</th>");
            cell(h, l.now());
            cell(h, l.sameRubricBefore());
            if (g.officialBefore()) {
                cell(h, l.officialBefore());
            }
            cell(h, l.province());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n<p class=\"muted\">Tỷ lệ tính trên số công đoàn cơ sở được xếp loại (không tính "
                + "đơn vị chưa đủ điều kiện và đơn vị không báo cáo). Năm ").append(year - 1)
                .append(" được chấm lại theo bộ tiêu chí năm ").append(year).append(" để so sánh cùng một thước đo.</p>\n");
    }

    /** The count, then its share on a line of its own on a phone (where four columns share 350 pixels). */
    private static void cell(StringBuilder h, GradeCountRow r) {
        h.append("<td>").append(Html.escape(FederationGradeText.units(r)));
        String share = FederationGradeText.share(r);
        if (share != null) {
            h.append(" <span class=\"share\">(").append(Html.escape(share)).append(")</span>");
        }
        h.append("</td>");
    }
}
