package vn.thidua.analytics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a successful run published. */
public record RunResult(String runId, int year, Path snapshot, Map<String, Long> rowCounts, long elapsedMs,
                        List<String> prunedSnapshots) {

    /** The one line the CLI prints. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "analytics: published run %s (year %d): indicator_value %d rows, indicator %d, org_unit %d in %.1f s -> %s",
                runId, year, rowCounts.get("indicator_value"), rowCounts.get("indicator"), rowCounts.get("org_unit"),
                elapsedMs / 1000.0, snapshot);
    }
}
