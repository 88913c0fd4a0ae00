package vn.thidua.dashboards.snapshot;

/**
 * One row of the evaluation's {@code grade_distribution}: how many units of a scope (the province, or one
 * federation) got one grade, in one year and on one basis ({@code rubric}: graded by this year's rubric;
 * {@code official}: the federation's official grades). {@code sharePct} is null for the two outcomes that
 * are not grades (no report, not eligible).
 */
public record GradeCount(int year, String basis, String scope, String orgUnitCode, String orgUnitName,
                         String grade, String gradeLabelVi, int gradeOrder, int units, int unitsGraded,
                         Double sharePct) {

    public static final String RUBRIC = "rubric";
    public static final String OFFICIAL = "official";
    public static final String PROVINCE = "province";
    public static final String FEDERATION = "federation";

    /** One of the four grades proper (xuất sắc, tốt, hoàn thành, không hoàn thành). */
    public boolean isGrade() {
        return gradeOrder <= 4;
    }
}
