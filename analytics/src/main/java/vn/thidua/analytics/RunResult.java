package vn.thidua.analytics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.thidua.vietnamese.VietnameseFormat;

/** What a successful run published. */
public record RunResult(String runId, int year, Path snapshot, Map<String, Long> rowCounts, long elapsedMs,
                        List<String> prunedSnapshots) {

    /** The one line the CLI prints. */
    public String summary() {
        return "phân tích: đã công bố ảnh chụp " + runId + " năm " + year + ": indicator_value "
                + count("indicator_value") + " dòng, " + count("indicator") + " chỉ tiêu, " + count("org_unit")
                + " đơn vị, sau " + VietnameseFormat.fixed(elapsedMs / 1000.0, 1) + " s → " + snapshot;
    }

    private String count(String table) {
        Long value = rowCounts.get(table);
        return value == null ? "?" : VietnameseFormat.count(value);
    }
}
