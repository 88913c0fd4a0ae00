package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.Grades;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade distribution in words: this year's count and share of each grade against the previous year, both as
 * graded again by this year's rubric and as officially graded at the time (when supplied) — side by side in the
 * same sentence, because the two can differ widely (101 "xuất sắc" this year against 93 by the same rubric but 160
 * officially) and a reader shown only one would draw the wrong conclusion. Then the units not graded and why.
 * Shares are of the units that received one of the four grades.
 */
public final class GradeSentences {

    public static final String EXCELLENT = "xuat_sac";
    public static final String GOOD = "tot";
    public static final String FAILED = "khong_hoan_thanh";
    public static final String NOT_REPORTED = "khong_bao_cao";
    public static final String NOT_ELIGIBLE = "khong_xep_loai";

    private GradeSentences() {
    }

    /** The one sentence of the dashboard's headline: the top grade this year against both of last year's. */
    public static Optional<String> headline(Grades grades, int year) {
        return grades.province(year, GradeCountRow.RUBRIC, EXCELLENT).map(now -> compared(grades, now, year));
    }

    public static List<String> of(Grades grades, int year) {
        List<String> out = new ArrayList<>();
        if (!grades.has(year, GradeCountRow.RUBRIC)) {
            return out;
        }
        for (GradeCountRow now : grades.province(year, GradeCountRow.RUBRIC)) {
            if (now.isGrade()) {
                out.add(compared(grades, now, year));
            }
        }
        if (grades.has(year - 1, GradeCountRow.OFFICIAL) && grades.has(year - 1, GradeCountRow.RUBRIC)) {
            out.add("Hai cách so sánh khác nhau vì kết quả xếp loại chính thức năm " + (year - 1)
                    + " được chấm theo quy định của năm đó, còn cách chấm lại năm " + (year - 1) + " dùng đúng bộ tiêu chí năm "
                    + year + ".");
        }
        notGraded(grades, year).ifPresent(out::add);
        return out;
    }

    /**
     * "Năm 2024 có 101 CĐCS hoàn thành xuất sắc nhiệm vụ (15,0% số CĐCS được xếp loại); năm 2023: 93 CĐCS (13,8%)
     * nếu chấm theo cùng bộ tiêu chí, 160 CĐCS (23,7%) theo kết quả xếp loại chính thức." Without official grades,
     * the change in points against the same rubric.
     */
    public static String compared(Grades grades, GradeCountRow now, int year) {
        GradeCountRow sameRubric = grades.province(year - 1, GradeCountRow.RUBRIC, now.grade()).orElse(null);
        GradeCountRow official = grades.province(year - 1, GradeCountRow.OFFICIAL, now.grade()).orElse(null);
        if (official == null) {
            return compared(now, sameRubric, year);
        }
        List<String> before = new ArrayList<>();
        if (sameRubric != null) {
            before.add(countAndShare(sameRubric) + " nếu chấm theo cùng bộ tiêu chí");
        }
        before.add(countAndShare(official) + " theo kết quả xếp loại chính thức");
        return head(now, year) + "; năm " + (year - 1) + ": " + String.join(", ", before) + ".";
    }

    /** "Có 102 CĐCS hoàn thành xuất sắc nhiệm vụ (15,0% số được xếp loại), tăng 1,4 điểm so với năm 2023 (93; 13,8%)". */
    public static String compared(GradeCountRow now, GradeCountRow before, int year) {
        StringBuilder s = new StringBuilder(head(now, year));
        if (before == null || before.sharePct() == null || now.sharePct() == null) {
            s.append("; chưa có số liệu năm ").append(year - 1).append(" để so sánh.");
            return s.toString();
        }
        s.append(", ").append(Sentences.movement(now.sharePct() - before.sharePct(), " điểm", year - 1))
                .append(" chấm theo cùng bộ tiêu chí (").append(VietnameseFormat.count(before.units())).append(" CĐCS, ")
                .append(VietnameseFormat.percent(before.sharePct())).append(").");
        return s.toString();
    }

    private static String head(GradeCountRow now, int year) {
        String share = now.sharePct() == null ? "" : " (" + VietnameseFormat.percent(now.sharePct())
                + " số CĐCS được xếp loại)";
        return "Năm " + year + " có " + VietnameseFormat.count(now.units()) + " CĐCS " + lower(now.gradeLabelVi()) + share;
    }

    /** "93 CĐCS (13,8%)". */
    private static String countAndShare(GradeCountRow r) {
        return VietnameseFormat.count(r.units()) + " CĐCS" + (r.sharePct() == null ? ""
                : " (" + VietnameseFormat.percent(r.sharePct()) + ")");
    }

    /** Only the reasons that apply: "0 CĐCS không gửi báo cáo" says nothing. */
    private static Optional<String> notGraded(Grades grades, int year) {
        int notReported = units(grades, year, NOT_REPORTED);
        int notEligible = units(grades, year, NOT_ELIGIBLE);
        List<String> parts = new ArrayList<>();
        if (notEligible > 0) {
            parts.add(VietnameseFormat.count(notEligible)
                    + " CĐCS chưa đủ điều kiện (mới thành lập, sáp nhập, chia tách, giải thể hoặc không xét)");
        }
        if (notReported > 0) {
            parts.add(VietnameseFormat.count(notReported) + " CĐCS không gửi báo cáo nào trong năm");
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("Không xếp loại năm " + year + ": " + String.join(" và ", parts) + ".");
    }

    private static int units(Grades grades, int year, String grade) {
        return grades.province(year, GradeCountRow.RUBRIC, grade).map(GradeCountRow::units).orElse(0);
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
