package vn.thidua.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One file found in an inbox. When it was received comes from the date (and optional time) at the start of
 * its name — the day the federation received it — or else from the file's modification time. A time that
 * is not known stays unknown ({@code receivedTime} null): it is never made up.
 */
public record InboxFile(Path path, int year, int phase, LocalDate receivedOn, LocalTime receivedTime, Kind kind) {

    public enum Kind { SUBMISSION, INITIATIVES }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** For ordering and storage: the start of the day when the time is not known. */
    public LocalDateTime receivedAt() {
        return receivedOn.atTime(receivedTime == null ? LocalTime.MIDNIGHT : receivedTime);
    }

    /** The moment it was received, for storage: {@link #receivedAt} in the federation's time zone. */
    public Instant receivedInstant() {
        return receivedAt().atZone(Inbox.ZONE).toInstant();
    }

    public boolean receivedTimeKnown() {
        return receivedTime != null;
    }
}
