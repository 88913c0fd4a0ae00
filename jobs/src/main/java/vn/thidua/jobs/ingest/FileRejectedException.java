package vn.thidua.jobs.ingest;

/** A problem with a whole file (unreadable, wrong type, no header, wrong phase): nothing of it loads. */
public class FileRejectedException extends Exception {

    private final String code;

    public FileRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
