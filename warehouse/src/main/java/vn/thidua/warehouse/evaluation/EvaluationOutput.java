package vn.thidua.warehouse.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Tables;

/**
 * The year-end evaluation of one snapshot as readers see it ({@code <warehouse>/evaluation/<snapshot-id>/},
 * contract §5): only the evaluation of exactly the snapshot being drawn, never an older one, so that grades
 * and figures agree.
 */
public final class EvaluationOutput {

    /** Where the evaluation's own baseline grading (the previous year by the same rubric) is written. */
    public static final String PREVIOUS_YEAR = "previous_year";

    private EvaluationOutput() {
    }

    public static boolean exists(Path dir) {
        return Files.isDirectory(dir.resolve(Tables.GRADE_DISTRIBUTION.name()));
    }

    public static List<GradeCountRow> gradeDistribution(Path dir) {
        try (ParquetTables parquet = ParquetTables.open()) {
            return parquet.read(dir.resolve(Tables.GRADE_DISTRIBUTION.name()), Tables.GRADE_DISTRIBUTION, Filter.ALL,
                    r -> new GradeCountRow(r.integer("year"), r.string("basis"), r.string("scope"), r.string("org_unit_code"),
                            r.string("org_unit_name"), r.string("grade"), r.string("grade_label_vi"), r.integer("grade_order"),
                            r.integer("units"), r.integer("units_graded"), r.decimal("share_pct"), r.string("rubric_version"),
                            r.string("snapshot_id")));
        }
    }

    /** Each graded unit's grade in words, by unit code. */
    public static Map<String, String> unitGrades(Path dir) {
        Map<String, String> grades = new LinkedHashMap<>();
        try (ParquetTables parquet = ParquetTables.open()) {
            parquet.read(dir.resolve(Tables.EVALUATION_RESULT.name()), Tables.EVALUATION_RESULT, Filter.ALL,
                    r -> Map.entry(r.string("org_unit_code"), r.string("grade_label_vi")))
                    .forEach(e -> grades.putIfAbsent(e.getKey(), e.getValue()));
        }
        return grades;
    }
}
