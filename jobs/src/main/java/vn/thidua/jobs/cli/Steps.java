package vn.thidua.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.jobs.run.StepReport;
import vn.thidua.vietnamese.VietnameseFormat;

/** Prints each step as it ends and a closing table, so a person sees what ran and how long it took. */
public final class Steps {

    private final List<StepReport> done = new ArrayList<>();

    public interface Step {
        StepReport run() throws Exception;
    }

    public void run(Step step) throws Exception {
        StepReport report = step.run();
        done.add(report);
        Console.OUT.printf("✔ %-24s %8s  %s%n", report.title(), seconds(report.millis()), report.summary());
    }

    long totalMillis() {
        return done.stream().mapToLong(StepReport::millis).sum();
    }

    public static String seconds(long millis) {
        return VietnameseFormat.fixed(millis / 1000.0, 1) + " s";
    }
}
