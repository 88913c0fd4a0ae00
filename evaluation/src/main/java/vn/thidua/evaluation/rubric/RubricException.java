package vn.thidua.evaluation.rubric;

/** The rubric file cannot be used: the message says where and why, in Vietnamese then English. */
public class RubricException extends IllegalArgumentException {

    public RubricException(String message) {
        super(message);
    }

    public RubricException(String message, Throwable cause) {
        super(message, cause);
    }
}
