package vn.thidua.jobs.config;

/**
 * A mistake in how a command was called or set up (a missing folder, a year the calendar does not have),
 * which the person at the keyboard can fix. The command line prints its message alone, in one line: no
 * Spring bean names, no chain of causes.
 */
public class SetupException extends RuntimeException {

    public SetupException(String message) {
        super(message);
    }
}
