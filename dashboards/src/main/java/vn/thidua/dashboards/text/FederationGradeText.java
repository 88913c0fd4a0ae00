package vn.thidua.dashboards.text;

import vn.thidua.dashboards.dataset.FederationGrades;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.Optional;

/** A federation's grades in words: the top grade's share against the province and last year, and each table cell. */
public final class FederationGradeText {

    private FederationGradeText() {
    }

    /**
     * "Năm 2024 có 2/5 CĐCS được xếp loại hoàn thành xuất sắc nhiệm vụ (40,0%; toàn tỉnh 22,2%), xếp thứ 1/2 đơn vị.
     * Năm 2023 chấm theo cùng bộ tiêu chí: 1/5 (20,0%)."
     */
    public static Optional<String> excellent(FederationGrades grades, int year) {
        return grades.line(FederationGrades.EXCELLENT).filter(l -> l.now().sharePct() != null).map(l -> {
            GradeCountRow now = l.now();
            StringBuilder s = new StringBuilder("Năm " + year + " có " + now.units() + "/" + now.unitsGraded()
                    + " CĐCS được xếp loại " + lower(now.gradeLabelVi()) + " (" + VietnameseFormat.percent(now.sharePct()));
            if (l.province() != null && l.province().sharePct() != null) {
                s.append("; toàn tỉnh ").append(VietnameseFormat.percent(l.province().sharePct()));
            }
            s.append(")");
            if (grades.excellentRank() != null) {
                s.append(", xếp thứ ").append(grades.excellentRank()).append("/").append(grades.excellentRanked())
                        .append(" đơn vị");
            }
            s.append(".");
            GradeCountRow before = l.sameRubricBefore();
            if (before != null && before.sharePct() != null) {
                s.append(" Năm ").append(year - 1).append(" chấm theo cùng bộ tiêu chí: ").append(before.units()).append("/")
                        .append(before.unitsGraded()).append(" (").append(VietnameseFormat.percent(before.sharePct())).append(").");
            }
            return s.toString();
        });
    }

    /** "2"; "—" when that series has no row for the grade. */
    public static String units(GradeCountRow r) {
        return r == null ? TableCell.NO_CHANGE : VietnameseFormat.count(r.units());
    }

    /** "40,0%"; null for the two non-grades (not reported, not eligible are no share of the graded). */
    public static String share(GradeCountRow r) {
        return r == null || r.sharePct() == null ? null : VietnameseFormat.percent(r.sharePct());
    }

    /** "Hoàn thành xuất sắc nhiệm vụ" → "Hoàn thành xuất sắc": a phone's table has little room. */
    public static String shortLabel(String label) {
        return label == null ? "" : label.replaceFirst(" nhiệm vụ$", "");
    }

    private static String lower(String label) {
        return label == null || label.isEmpty() ? "" : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
