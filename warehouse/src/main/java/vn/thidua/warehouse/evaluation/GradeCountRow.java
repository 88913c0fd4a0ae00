package vn.thidua.warehouse.evaluation;

/**
 * One row of {@code grade_distribution} (contract §5): how many units got one grade, province-wide or in one
 * federation, for one year and basis ({@code rubric}: graded by the rubric of the run; {@code official}: the
 * grades the federation gave). {@code sharePct} is of the units graded; null when none was.
 */
public record GradeCountRow(int year, String basis, String scope, String orgUnitCode, String orgUnitName, String grade,
                            String gradeLabelVi, int gradeOrder, int units, int unitsGraded, Double sharePct,
                            String rubricVersion, String snapshotId) {

    public static final String RUBRIC = "rubric";
    public static final String OFFICIAL = "official";
    public static final String PROVINCE = "province";
    public static final String FEDERATION = "federation";

    /** One of the four grades proper (xuất sắc, tốt, hoàn thành, không hoàn thành), not a non-grade outcome. */
    public boolean isGrade() {
        return gradeOrder <= 4;
    }

    public Object[] cells() {
        return new Object[] {year, basis, scope, orgUnitCode, orgUnitName, grade, gradeLabelVi, gradeOrder, units,
                unitsGraded, sharePct, rubricVersion, snapshotId};
    }
}
