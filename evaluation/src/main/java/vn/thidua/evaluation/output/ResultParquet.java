package vn.thidua.evaluation.output;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

import vn.thidua.evaluation.grading.UnitEvaluation;
import vn.thidua.evaluation.scoring.CriterionScore;

/**
 * The two Parquet tables of a run, with explicit schemas (columns in evaluation/README.md): one row per
 * unit ({@code evaluation_result}) and one per unit and criterion ({@code evaluation_criterion}). Rows are
 * written sorted by unit code (and rubric order of the criteria); no clock value goes into them.
 */
public final class ResultParquet {

    public static final String RESULT = "evaluation_result";
    public static final String CRITERION = "evaluation_criterion";

    public static final Schema RESULT_SCHEMA = SchemaBuilder.record(RESULT).namespace("vn.thidua.evaluation").fields()
            .requiredInt("year")
            .requiredString("org_unit_code").optionalString("org_unit_name")
            .optionalString("federation_code").optionalString("federation_name")
            .optionalString("cluster").optionalString("cluster_name").optionalString("unit_type")
            .requiredBoolean("eligible").optionalString("ineligibility_reason")
            .requiredBoolean("reported")
            .optionalDouble("total_points")
            .optionalString("threshold_grade")
            .requiredString("grade").requiredString("grade_label_vi")
            .requiredBoolean("capped").requiredBoolean("adjusted")
            .optionalInt("cluster_rank").optionalInt("cluster_size")
            .optionalString("shortlist").optionalString("shortlist_label_vi").optionalInt("shortlist_position")
            .requiredString("explanation")
            .requiredString("rubric_version").requiredString("snapshot_id")
            .endRecord();

    public static final Schema CRITERION_SCHEMA = SchemaBuilder.record(CRITERION).namespace("vn.thidua.evaluation").fields()
            .requiredInt("year")
            .requiredString("org_unit_code")
            .requiredString("criterion_code").requiredInt("content").requiredString("criterion_label_vi")
            .requiredString("indicator_code").optionalDouble("indicator_value")
            .requiredDouble("max_points").requiredDouble("computed_points").requiredDouble("points")
            .requiredDouble("share").requiredBoolean("below_top_minimum")
            .requiredBoolean("adjusted").optionalString("adjustment_reason")
            .requiredString("evidence")
            .requiredString("rubric_version").requiredString("snapshot_id")
            .endRecord();

    private ResultParquet() {
    }

    /** Writes {@code <dir>/evaluation_result/part-00000.parquet} and the criterion table; returns both files. */
    public static List<Path> write(Path dir, List<UnitEvaluation> units, RunInfo run) {
        List<GenericRecord> results = new ArrayList<>();
        List<GenericRecord> criteria = new ArrayList<>();
        for (UnitEvaluation u : units) {
            results.add(result(u, run));
            for (CriterionScore s : u.scores()) {
                criteria.add(criterion(u, s, run));
            }
        }
        return List.of(ParquetTable.write(dir.resolve(RESULT), RESULT_SCHEMA, results),
                ParquetTable.write(dir.resolve(CRITERION), CRITERION_SCHEMA, criteria));
    }

    private static GenericRecord result(UnitEvaluation u, RunInfo run) {
        GenericRecord r = new GenericData.Record(RESULT_SCHEMA);
        r.put("year", run.year());
        r.put("org_unit_code", u.unit().code());
        r.put("org_unit_name", u.unit().name());
        r.put("federation_code", u.unit().federationCode());
        r.put("federation_name", u.unit().federationName());
        r.put("cluster", u.unit().cluster().isEmpty() ? null : u.unit().cluster());
        r.put("cluster_name", u.unit().clusterName());
        r.put("unit_type", u.unit().type());
        r.put("eligible", u.eligible());
        r.put("ineligibility_reason", u.ineligibility());
        r.put("reported", u.reported());
        r.put("total_points", u.total() == null ? null : u.total().doubleValue());
        r.put("threshold_grade", u.thresholdGrade() == null ? null : u.thresholdGrade().code());
        r.put("grade", u.grade().code());
        r.put("grade_label_vi", u.grade().labelVi());
        r.put("capped", u.capped());
        r.put("adjusted", u.adjusted());
        r.put("cluster_rank", u.clusterRank());
        r.put("cluster_size", u.clusterSize());
        r.put("shortlist", u.shortlist().map(s -> s.code()).orElse(null));
        r.put("shortlist_label_vi", u.shortlist().map(s -> s.labelVi()).orElse(null));
        r.put("shortlist_position", u.shortlistPosition());
        r.put("explanation", String.join("\n", u.reasons()));
        r.put("rubric_version", run.rubricVersion());
        r.put("snapshot_id", run.snapshotId());
        return r;
    }

    private static GenericRecord criterion(UnitEvaluation u, CriterionScore s, RunInfo run) {
        GenericRecord r = new GenericData.Record(CRITERION_SCHEMA);
        r.put("year", run.year());
        r.put("org_unit_code", u.unit().code());
        r.put("criterion_code", s.criterion().code());
        r.put("content", s.criterion().content());
        r.put("criterion_label_vi", s.criterion().labelVi());
        r.put("indicator_code", s.criterion().indicator());
        r.put("indicator_value", s.indicatorValue());
        r.put("max_points", s.criterion().points().doubleValue());
        r.put("computed_points", s.computedPoints().doubleValue());
        r.put("points", s.points().doubleValue());
        r.put("share", s.share().doubleValue());
        r.put("below_top_minimum", s.below(run.topMinShare()));
        r.put("adjusted", s.adjustment().isPresent());
        r.put("adjustment_reason", s.adjustment().map(a -> a.reason()).orElse(null));
        r.put("evidence", s.evidence());
        r.put("rubric_version", run.rubricVersion());
        r.put("snapshot_id", run.snapshotId());
        return r;
    }

    /** The run's identity stamped on every row, and the share below which a criterion blocks the top grade. */
    public record RunInfo(int year, String rubricVersion, String snapshotId, BigDecimal topMinShare) {
    }
}
