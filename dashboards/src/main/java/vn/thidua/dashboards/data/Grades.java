package vn.thidua.dashboards.data;

import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The year-end evaluation's grade counts for the published snapshot, when the evaluation has run on it:
 * this year, the previous year graded by the same rubric, and the previous year's official grades if the
 * federation supplied them; and each grassroots union's own grade this year ({@code unitGrades}: unit
 * code to the grade's Vietnamese label). {@link #NONE} when no evaluation of this snapshot exists yet.
 */
public record Grades(String evaluationDir, List<GradeCountRow> rows, Map<String, String> unitGrades) {

    public static final Grades NONE = new Grades(null, List.of());

    public Grades(String evaluationDir, List<GradeCountRow> rows) {
        this(evaluationDir, rows, Map.of());
    }

    public Grades {
        unitGrades = Map.copyOf(unitGrades);
        rows = rows.stream().sorted(Comparator.comparingInt(GradeCountRow::year).thenComparing(GradeCountRow::basis)
                .thenComparing(GradeCountRow::scope).thenComparing(r -> r.orgUnitCode() == null ? "" : r.orgUnitCode())
                .thenComparingInt(GradeCountRow::gradeOrder)).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The province-wide rows of a year and basis, best grade first; empty when that series was not made. */
    public List<GradeCountRow> province(int year, String basis) {
        return rows.stream().filter(r -> r.year() == year && r.basis().equals(basis)
                && r.scope().equals(GradeCountRow.PROVINCE)).toList();
    }

    /** One grade's province-wide row. */
    public Optional<GradeCountRow> province(int year, String basis, String grade) {
        return province(year, basis).stream().filter(r -> r.grade().equals(grade)).findFirst();
    }

    /** One federation's row for one grade. */
    public Optional<GradeCountRow> federation(int year, String basis, String federationCode, String grade) {
        return rows.stream().filter(r -> r.year() == year && r.basis().equals(basis)
                && r.scope().equals(GradeCountRow.FEDERATION) && federationCode.equals(r.orgUnitCode())
                && r.grade().equals(grade)).findFirst();
    }

    /** The federations graded in a year, by code, with their names. */
    public List<GradeCountRow> federations(int year, String basis, String grade) {
        return rows.stream().filter(r -> r.year() == year && r.basis().equals(basis)
                && r.scope().equals(GradeCountRow.FEDERATION) && r.grade().equals(grade)).toList();
    }

    public boolean has(int year, String basis) {
        return !province(year, basis).isEmpty();
    }
}
