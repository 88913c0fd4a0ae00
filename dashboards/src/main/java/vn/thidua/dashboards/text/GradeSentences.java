package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.Grades;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade distribution in words: this year's count and share of each grade against the previous year
 * graded by the same rubric, then the previous year's official grades when supplied, then the units not
 * graded and why. Shares are of the units that received one of the four grades.
 */
public final class GradeSentences {

    public static final String EXCELLENT = "xuat_sac";
    public static final String GOOD = "tot";
    public static final String FAILED = "khong_hoan_thanh";
    public static final String NOT_REPORTED = "khong_bao_cao";
    public static final String NOT_ELIGIBLE = "khong_xep_loai";

    private GradeSentences() {
    }

    /** The one sentence of the dashboard's headline: the top grade this year against last year. */
    public static Optional<String> headline(Grades grades, int year) {
        return grades.province(year, GradeCountRow.RUBRIC, EXCELLENT).map(now -> compared(now,
                grades.province(year - 1, GradeCountRow.RUBRIC, EXCELLENT).orElse(null), year));
    }

    public static List<String> of(Grades grades, int year) {
        List<String> out = new ArrayList<>();
        if (!grades.has(year, GradeCountRow.RUBRIC)) {
            return out;
        }
        for (GradeCountRow now : grades.province(year, GradeCountRow.RUBRIC)) {
            if (now.isGrade()) {
                out.add(compared(now, grades.province(year - 1, GradeCountRow.RUBRIC, now.grade()).orElse(null), year));
            }
        }
        if (grades.has(year - 1, GradeCountRow.OFFICIAL)) {
            List<String> parts = grades.province(year - 1, GradeCountRow.OFFICIAL).stream().filter(GradeCountRow::isGrade)
                    .map(r -> VietnameseFormat.number(r.units(), 0) + " " + lower(r.gradeLabelVi()) + " ("
                            + VietnameseFormat.percent(r.sharePct() == null ? 0 : r.sharePct()) + ")")
                    .toList();
            out.add("Theo kết quả xếp loại chính thức năm " + (year - 1) + " của LĐLĐ tỉnh: " + String.join(", ", parts)
                    + "; khác với cách chấm theo bộ tiêu chí năm " + year + " vì quy định chấm điểm mỗi năm một khác.");
        }
        int notReported = units(grades, year, NOT_REPORTED);
        int notEligible = units(grades, year, NOT_ELIGIBLE);
        if (notReported + notEligible > 0) {
            out.add("Không xếp loại năm " + year + ": " + VietnameseFormat.number(notEligible, 0)
                    + " CĐCS chưa đủ điều kiện (mới thành lập, sáp nhập, chia tách, giải thể hoặc không xét) và "
                    + VietnameseFormat.number(notReported, 0) + " CĐCS không gửi báo cáo nào trong năm.");
        }
        return out;
    }

    private static int units(Grades grades, int year, String grade) {
        return grades.province(year, GradeCountRow.RUBRIC, grade).map(GradeCountRow::units).orElse(0);
    }

    /** "Có 102 CĐCS hoàn thành xuất sắc nhiệm vụ (15,0% số được xếp loại), tăng 1,4 điểm so với năm 2023 (93; 13,8%)". */
    public static String compared(GradeCountRow now, GradeCountRow before, int year) {
        String share = now.sharePct() == null ? "" : " (" + VietnameseFormat.percent(now.sharePct())
                + " số CĐCS được xếp loại)";
        StringBuilder s = new StringBuilder("Năm " + year + " có " + VietnameseFormat.number(now.units(), 0) + " CĐCS "
                + lower(now.gradeLabelVi()) + share);
        if (before == null || before.sharePct() == null || now.sharePct() == null) {
            s.append("; chưa có số liệu năm ").append(year - 1).append(" để so sánh.");
            return s.toString();
        }
        double points = now.sharePct() - before.sharePct();
        java.text.NumberFormat oneDecimal = VietnameseFormat.numberFormat(1);
        oneDecimal.setMinimumFractionDigits(1);
        String magnitude = oneDecimal.format(java.math.BigDecimal.valueOf(Math.abs(points)));
        s.append(", ").append(Math.abs(points) < 0.05 ? "không đổi"
                : (points > 0 ? "tăng " : "giảm ") + magnitude + " điểm")
                .append(" so với năm ").append(year - 1).append(" chấm theo cùng bộ tiêu chí (")
                .append(VietnameseFormat.number(before.units(), 0)).append(" CĐCS, ")
                .append(VietnameseFormat.percent(before.sharePct())).append(").");
        return s.toString();
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
