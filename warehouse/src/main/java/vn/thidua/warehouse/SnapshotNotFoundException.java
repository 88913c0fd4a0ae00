package vn.thidua.warehouse;

/** Nothing published yet, or a snapshot that is not complete: the message says what to run. */
public class SnapshotNotFoundException extends RuntimeException {

    public SnapshotNotFoundException(String message) {
        super(message);
    }
}
