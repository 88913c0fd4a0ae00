package vn.thidua.analytics;

/**
 * A failure whose message already says what is wrong with the input or the warehouse, so the CLI
 * prints only the message (no stack trace) for it.
 */
public class AnalyticsException extends RuntimeException {
    public AnalyticsException(String message) {
        super(message);
    }

    public AnalyticsException(String message, Throwable cause) {
        super(message, cause);
    }
}
