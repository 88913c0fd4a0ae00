package vn.thidua.jobs.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One file found in an inbox. {@code receivedAt} comes from the date at the start of its name (the
 * day the federation received it) and falls back to the file's modification time.
 */
public record InboxFile(Path path, int year, int phase, LocalDateTime receivedAt, Kind kind) {

    public enum Kind { SUBMISSION, INITIATIVES }

    public String fileName() {
        return path.getFileName().toString();
    }
}
