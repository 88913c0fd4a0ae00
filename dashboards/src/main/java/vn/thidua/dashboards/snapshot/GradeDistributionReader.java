package vn.thidua.dashboards.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <warehouse>/evaluation/<snapshot-id>/grade_distribution} (evaluation/README.md): the
 * evaluation of exactly the snapshot being drawn, never of an older one, so that grades and figures agree.
 */
public final class GradeDistributionReader {

    private GradeDistributionReader() {
    }

    public static GradeDistribution read(Path warehouse, String snapshotId) {
        Path dir = warehouse.resolve("evaluation").resolve(snapshotId);
        Path table = dir.resolve("grade_distribution");
        if (!Files.isDirectory(table)) {
            return GradeDistribution.NONE;
        }
        List<GradeCount> rows = ParquetRows.read(table, r -> new GradeCount(
                r.integer("year"), r.string("basis"), r.string("scope"), r.string("org_unit_code"),
                r.string("org_unit_name"), r.string("grade"), r.string("grade_label_vi"), r.integer("grade_order"),
                r.integer("units"), r.integer("units_graded"), r.decimal("share_pct")));
        Map<String, String> unitGrades = new HashMap<>();
        Path results = dir.resolve("evaluation_result");
        if (Files.isDirectory(results)) {
            ParquetRows.read(results, r -> Map.entry(r.string("org_unit_code"), r.string("grade_label_vi")))
                    .forEach(e -> unitGrades.put(e.getKey(), e.getValue()));
        }
        return new GradeDistribution(dir.toString(), rows, unitGrades);
    }
}
