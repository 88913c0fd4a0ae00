package vn.thidua.analytics;

import java.io.PrintStream;

/** Lets tests in other packages call the package-private {@link AnalyticsMain#run}. */
public final class AnalyticsMainAccess {

    private AnalyticsMainAccess() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return AnalyticsMain.run(args, out, err);
    }
}
