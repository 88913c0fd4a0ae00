package vn.thidua.dashboards.report.profile;

/** The document profile is missing or incomplete; the message says which entry, in Vietnamese. */
public final class DocumentProfileException extends RuntimeException {

    public DocumentProfileException(String message) {
        super(message);
    }
}
