package vn.thidua.intake.problem;

/** Thrown where a file cannot be read as a whole: its {@link Problem} says why, and nothing of it loads. */
public final class FileRefused extends Exception {

    private final transient Problem problem;

    public FileRefused(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public FileRefused(ProblemCode code, String message) {
        this(Problem.ofFile(code, message));
    }

    public Problem problem() {
        return problem;
    }
}
