package vn.thidua.jobs.run;

/** One pipeline step as the command line prints it: what it was, what it did, how long it took. */
public record StepReport(String title, String summary, long millis) {
}
