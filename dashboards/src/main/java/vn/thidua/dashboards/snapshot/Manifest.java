package vn.thidua.dashboards.snapshot;

import java.time.LocalDateTime;

/**
 * The parts of {@code manifest.json} the dashboard and the report show ({@code watermark}: the latest
 * accepted submission the run saw). {@code createdAt} is already in Vietnam's
 * local time: readers compare it with their wall clock.
 */
public record Manifest(String runId, Integer year, LocalDateTime createdAt, String catalogueVersion,
                       LocalDateTime watermark) {

    public Manifest(String runId, Integer year, LocalDateTime createdAt, String catalogueVersion) {
        this(runId, year, createdAt, catalogueVersion, null);
    }
}
