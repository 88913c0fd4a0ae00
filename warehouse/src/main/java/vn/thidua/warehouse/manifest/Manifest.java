package vn.thidua.warehouse.manifest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code manifest.json} of a snapshot (contract §4): which run, year and catalogue it holds, what state of the
 * database it saw, and how long it took. Times are instants (written ISO-8601 in UTC); readers show them in
 * Vietnam's time with {@link #inVietnam}.
 *
 * @param watermark      the latest accepted change the export saw (a file's processing time)
 * @param dataCutoff     when the last accepted file was received: the data cut-off a report shows; null if none
 * @param dataCutoffTimeKnown false when that file's name gave a date but no time (the time is then not shown)
 */
public record Manifest(String runId, int year, Instant createdAt, String catalogueVersion, Instant watermark,
                       Instant dataCutoff, boolean dataCutoffTimeKnown, Instant exportedAt, String master,
                       Map<String, Long> rowCounts, Map<String, Long> timingsMs) {

    /** Vietnam does not observe daylight saving; its offset is fixed at +07:00. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public Manifest {
        rowCounts = rowCounts == null ? Map.of() : Map.copyOf(rowCounts);
        timingsMs = timingsMs == null ? Map.of() : Map.copyOf(timingsMs);
    }

    /** An instant as the federation's clock shows it; null stays null. */
    public static LocalDateTime inVietnam(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM);
    }
}
