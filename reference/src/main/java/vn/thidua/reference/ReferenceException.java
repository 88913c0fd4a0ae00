package vn.thidua.reference;

/** Reference data that cannot be used as it is: the message names the file, the row and what is wrong. */
public class ReferenceException extends RuntimeException {

    public ReferenceException(String message) {
        super(message);
    }

    public ReferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
