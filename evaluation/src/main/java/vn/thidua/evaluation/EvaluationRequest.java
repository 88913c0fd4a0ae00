package vn.thidua.evaluation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to evaluate and where to write it. The snapshot is self-sufficient (units with their founding and
 * dissolution dates, clusters with their names): besides it, only the evaluation's own files are read.
 *
 * @param snapshot        a published snapshot directory, or a warehouse (its {@code current} is followed)
 * @param rubric          the rubric YAML file
 * @param exclusions      optional {@code exclusions.csv} ({@code unit_code,reason}); null or missing: none
 * @param reorganisations optional {@code reorganisations.csv} ({@code unit_code,reorganised_on,kind,note})
 * @param adjustments     optional {@code adjustments.csv} (phúc tra; columns in evaluation/README.md)
 * @param officialGrades  optional {@code official-grades-<year-1>.csv} ({@code unit_code,grade}): the grades
 *                        actually given for the baseline year, shown beside the baseline graded by this rubric
 * @param outputDir       where to write; null: {@code <warehouse>/evaluation/<snapshot-id>/}
 */
public record EvaluationRequest(Path snapshot, Path rubric, Path exclusions, Path reorganisations, Path adjustments,
                                Path officialGrades, Path outputDir) {

    public EvaluationRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(rubric, "rubric");
    }

    /**
     * The usual layout, under {@code <data>/evaluation/}: {@code rubric-<year>.yaml} and the optional
     * {@code exclusions.csv}, {@code reorganisations.csv}, {@code adjustments.csv},
     * {@code official-grades-<year-1>.csv}. Nothing under {@code <data>/reference/} is read.
     */
    public static EvaluationRequest fromDataDir(Path warehouseOrSnapshot, Path dataDir, int year, Path outputDir) {
        Path evaluation = dataDir.resolve("evaluation");
        return new EvaluationRequest(warehouseOrSnapshot, evaluation.resolve("rubric-" + year + ".yaml"),
                evaluation.resolve("exclusions.csv"), evaluation.resolve("reorganisations.csv"),
                evaluation.resolve("adjustments.csv"), evaluation.resolve("official-grades-" + (year - 1) + ".csv"),
                outputDir);
    }

    public EvaluationRequest withRubric(Path file) {
        return new EvaluationRequest(snapshot, file, exclusions, reorganisations, adjustments, officialGrades, outputDir);
    }

    public EvaluationRequest withAdjustments(Path file) {
        return new EvaluationRequest(snapshot, rubric, exclusions, reorganisations, file, officialGrades, outputDir);
    }

    public EvaluationRequest withOutputDir(Path dir) {
        return new EvaluationRequest(snapshot, rubric, exclusions, reorganisations, adjustments, officialGrades, dir);
    }
}
