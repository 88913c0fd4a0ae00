package vn.thidua.dashboards.snapshot;

/** No published snapshot to read: the message, in Vietnamese then English, says what to run. */
public class SnapshotNotFoundException extends IllegalStateException {

    public SnapshotNotFoundException(String message) {
        super(message);
    }

    public SnapshotNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
