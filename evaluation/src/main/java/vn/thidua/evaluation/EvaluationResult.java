package vn.thidua.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.thidua.warehouse.Grade;

/**
 * What a run did, for the caller's log and for the lead's job step: counts per grade (every
 * {@link Grade}, in order, zeros included), per shortlist, the adjustments applied and rejected, and
 * the files written; and the baseline year's counts per grade by the same rubric.
 */
public record EvaluationResult(String evaluationId, int year, String rubricVersion, String snapshotId, Path outputDir,
                               int units, Map<Grade, Integer> gradeCounts, Map<String, Integer> shortlistCounts,
                               int adjustmentsApplied, int adjustmentsRejected, Map<Grade, Integer> previousYearGradeCounts,
                               Path manifest, List<Path> files) {

    public EvaluationResult {
        previousYearGradeCounts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(previousYearGradeCounts));
        gradeCounts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(gradeCounts));
        shortlistCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shortlistCounts));
        files = List.copyOf(files);
    }

    public int count(Grade grade) {
        return gradeCounts.getOrDefault(grade, 0);
    }
}
