package vn.thidua.analytics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a successful run published. */
public record RunResult(String runId, int year, Path snapshot, Map<String, Long> rowCounts, long elapsedMs,
                        List<String> prunedSnapshots) {

    /** Numbers the Vietnamese way without pulling a formatter module onto Spark's classpath. */
    private static final class VietnameseCount {
        static String of(Long value) {
            return value == null ? "?" : String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
        }

        static String seconds(long millis) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0).replace('.', ',');
        }
    }

    /** The one line the CLI prints. */
    public String summary() {
        return "phân tích: đã công bố ảnh chụp " + runId + " năm " + year + ": indicator_value "
                + VietnameseCount.of(rowCounts.get("indicator_value")) + " dòng, " + rowCounts.get("indicator") + " chỉ tiêu, "
                + VietnameseCount.of(rowCounts.get("org_unit")) + " đơn vị, sau " + VietnameseCount.seconds(elapsedMs)
                + " → " + snapshot;
    }
}
