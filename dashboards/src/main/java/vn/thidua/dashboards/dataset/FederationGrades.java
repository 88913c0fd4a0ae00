package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.Grades;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A federation's grade summary from the year-end evaluation ({@code grade_distribution}, contract §5): per grade
 * this year's units and share, the previous year graded by the same rubric, the previous year's official grades
 * when supplied, and the province's share this year; and where its share of the top grade ranks.
 * @param officialBefore true when the previous year's official grades are there (a column of their own)
 * @param excellentRank the federation's rank on the share of the top grade (1 = highest); null without one
 * @param excellentRanked how many federations have that share
 */
public record FederationGrades(List<Line> lines, boolean officialBefore, Integer excellentRank, int excellentRanked) {

    /** The evaluation's code of the top grade. */
    public static final String EXCELLENT = "xuat_sac";

    /** One grade (or one of the two non-grades: not reported, not eligible; their share is null). */
    public record Line(String grade, String label, GradeCountRow now, GradeCountRow sameRubricBefore,
                       GradeCountRow officialBefore, GradeCountRow province) {

        public boolean isGrade() {
            return now.isGrade();
        }
    }

    public FederationGrades {
        lines = List.copyOf(lines);
    }

    /**
     * Empty when the evaluation has not run, or has no rows for this federation.
     * @param provinceCode the group of units directly under the province: graded, but not one of the federations ranked
     */
    public static Optional<FederationGrades> of(Grades grades, String federationCode, String provinceCode, int year) {
        List<GradeCountRow> now = rows(grades, year, GradeCountRow.RUBRIC, federationCode);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        List<GradeCountRow> before = rows(grades, year - 1, GradeCountRow.RUBRIC, federationCode);
        List<GradeCountRow> official = rows(grades, year - 1, GradeCountRow.OFFICIAL, federationCode);
        List<GradeCountRow> province = grades.province(year, GradeCountRow.RUBRIC);
        List<Line> lines = now.stream().map(r -> new Line(r.grade(), r.gradeLabelVi(), r, find(before, r.grade()),
                find(official, r.grade()), find(province, r.grade()))).toList();
        Double share = find(now, EXCELLENT) == null ? null : find(now, EXCELLENT).sharePct();
        List<Double> peers = grades.federations(year, GradeCountRow.RUBRIC, EXCELLENT).stream()
                .filter(r -> !Objects.equals(r.orgUnitCode(), provinceCode))
                .map(GradeCountRow::sharePct).filter(Objects::nonNull).toList();
        Integer rank = share == null || federationCode.equals(provinceCode) ? null
                : FederationStandings.rank(share, peers, Measure.PERCENT);
        return Optional.of(new FederationGrades(lines, !official.isEmpty(), rank, peers.size()));
    }

    private static List<GradeCountRow> rows(Grades grades, int year, String basis, String federationCode) {
        return grades.rows().stream().filter(r -> r.year() == year && r.basis().equals(basis)
                && r.scope().equals(GradeCountRow.FEDERATION) && federationCode.equals(r.orgUnitCode())).toList();
    }

    private static GradeCountRow find(List<GradeCountRow> rows, String grade) {
        return rows.stream().filter(r -> r.grade().equals(grade)).findFirst().orElse(null);
    }

    /** The line of one grade, if the evaluation has it. */
    public Optional<Line> line(String grade) {
        return lines.stream().filter(l -> l.grade().equals(grade)).findFirst();
    }
}
