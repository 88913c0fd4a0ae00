package vn.thidua.evaluation.output;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.evaluation.grading.UnitEvaluation;
import vn.thidua.evaluation.scoring.CriterionScore;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Table;
import vn.thidua.warehouse.table.Tables;

/**
 * The two Parquet tables of a run, with the columns of the warehouse contract ({@link Tables#EVALUATION_RESULT},
 * {@link Tables#EVALUATION_CRITERION}): one row per unit and one per unit and criterion. Rows are written
 * sorted by unit code (and rubric order of the criteria); no clock value goes into them.
 */
public final class ResultParquet {

    private ResultParquet() {
    }

    /** Writes {@code <dir>/evaluation_result/part-00000.parquet} and the criterion table; returns both files. */
    public static List<Path> write(ParquetTables parquet, Path dir, List<UnitEvaluation> units, RunInfo run) {
        List<Object[]> results = new ArrayList<>();
        List<Object[]> criteria = new ArrayList<>();
        for (UnitEvaluation u : units) {
            results.add(result(u, run));
            for (CriterionScore s : u.scores()) {
                criteria.add(criterion(u, s, run));
            }
        }
        return List.of(write(parquet, dir, Tables.EVALUATION_RESULT, results),
                write(parquet, dir, Tables.EVALUATION_CRITERION, criteria));
    }

    /** One table as {@code <dir>/<table>/part-00000.parquet}, replacing what an earlier run wrote there. */
    static Path write(ParquetTables parquet, Path dir, Table table, List<Object[]> rows) {
        Path tableDir = dir.resolve(table.name());
        parquet.write(tableDir, table, rows);
        return tableDir.resolve(ParquetTables.PART_FILE);
    }

    /** The cells in the order of {@link Tables#EVALUATION_RESULT}. */
    private static Object[] result(UnitEvaluation u, RunInfo run) {
        return new Object[] {
            run.year(),
            u.unit().code(),
            u.unit().name(),
            u.unit().federationCode(),
            u.unit().federationName(),
            u.unit().cluster().isEmpty() ? null : u.unit().cluster(),
            u.unit().clusterName(),
            u.unit().type(),
            u.eligible(),
            u.ineligibility(),
            u.reported(),
            u.total() == null ? null : u.total().doubleValue(),
            u.thresholdGrade() == null ? null : u.thresholdGrade().code(),
            u.grade().code(),
            u.grade().labelVi(),
            u.capped(),
            u.adjusted(),
            u.clusterRank(),
            u.clusterSize(),
            u.shortlist().map(s -> s.code()).orElse(null),
            u.shortlist().map(s -> s.labelVi()).orElse(null),
            u.shortlistPosition(),
            String.join("\n", u.reasons()),
            run.rubricVersion(),
            run.snapshotId()};
    }

    /** The cells in the order of {@link Tables#EVALUATION_CRITERION}. */
    private static Object[] criterion(UnitEvaluation u, CriterionScore s, RunInfo run) {
        return new Object[] {
            run.year(),
            u.unit().code(),
            s.criterion().code(),
            s.criterion().content(),
            s.criterion().labelVi(),
            s.criterion().indicator(),
            s.indicatorValue(),
            s.criterion().points().doubleValue(),
            s.computedPoints().doubleValue(),
            s.points().doubleValue(),
            s.share().doubleValue(),
            s.below(run.topMinShare()),
            s.adjustment().isPresent(),
            s.adjustment().map(a -> a.reason()).orElse(null),
            s.evidence(),
            run.rubricVersion(),
            run.snapshotId()};
    }

    /** The run's identity stamped on every row, and the share below which a criterion blocks the top grade. */
    public record RunInfo(int year, String rubricVersion, String snapshotId, BigDecimal topMinShare) {
    }
}
