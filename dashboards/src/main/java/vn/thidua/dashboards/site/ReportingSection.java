package vn.thidua.dashboards.site;

import vn.thidua.dashboards.dataset.FederationReporting;
import vn.thidua.dashboards.dataset.FederationReporting.PhaseReporting;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.text.ReportingText;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.util.List;
import java.util.Objects;

/** The units that have not reported and those that reported late, named, phase by phase. */
final class ReportingSection {

    /** Lists longer than this are folded. */
    private static final int FOLD_ABOVE = 12;

    private ReportingSection() {
    }

    /** @param cutoff "lúc 16:30 ngày 09/01/2025": when the last file counted came; null when unknown */
    static void append(StringBuilder h, FederationReporting reporting, String cutoff, int year) {
        if (reporting.phases().isEmpty()) {
            h.append("<p class=\"missing\">Bản số liệu chưa có thông tin báo cáo của từng công đoàn cơ sở.</p>\n");
            return;
        }
        if (cutoff != null) {
            h.append("<p class=\"muted\">Tính đến tệp báo cáo nhận ").append(Html.escape(cutoff)).append(".</p>\n");
        }
        if (!reporting.silentAllYear().isEmpty()) {
            h.append("<div class=\"alert\"><p>").append(Html.escape(ReportingText.silentAllYear(
                    reporting.silentAllYear().size(), year))).append("</p>\n");
            names(h, reporting.silentAllYear());
            h.append("</div>\n");
        }
        h.append("<div class=\"phases\">\n");
        reporting.phases().forEach(p -> phase(h, p));
        h.append("</div>\n");
    }

    private static void phase(StringBuilder h, PhaseReporting p) {
        h.append("<div class=\"phase\">\n<h3>").append(Html.escape(ReportingText.name(p))).append("</h3>\n");
        String deadline = ReportingText.deadline(p);
        if (deadline != null) {
            h.append("<p class=\"muted\">").append(Html.escape(deadline)).append("</p>\n");
        }
        h.append("<p>").append(Html.escape(ReportingText.summary(p))).append("</p>\n");
        if (p.expected() > 0) {
            list(h, ReportingText.notReportedHeading(p), p.notReported(), ReportingText.noneMissing());
            list(h, ReportingText.lateHeading(p), p.late(), ReportingText.noneLate(p));
        }
        h.append("</div>\n");
    }

    private static void list(StringBuilder h, String heading, List<OrgUnitRow> units, String whenNone) {
        if (units.isEmpty()) {
            h.append("<p class=\"ok\">").append(Html.escape(whenNone)).append("</p>\n");
            return;
        }
        h.append("<h4>").append(Html.escape(heading)).append("</h4>\n");
        names(h, units);
    }

    /**
     * A long list (a whole federation's file came late) folds away behind its count, so that the short lists beside
     * it stay in view; folding needs no script.
     */
    private static void names(StringBuilder h, List<OrgUnitRow> units) {
        boolean fold = units.size() > FOLD_ABOVE;
        if (fold) {
            h.append("<details><summary>Xem danh sách ").append(units.size()).append(" CĐCS</summary>\n");
        }
        h.append("<ul class=\"names\">\n");
        units.forEach(u -> h.append("<li>").append(Html.escape(UnitNames.tidy(Objects.toString(u.name(), u.code()))))
                .append("</li>\n"));
        h.append("</ul>\n");
        if (fold) {
            h.append("</details>\n");
        }
    }
}
