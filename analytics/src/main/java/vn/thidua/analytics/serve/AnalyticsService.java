package vn.thidua.analytics.serve;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.spark.sql.SparkSession;

import vn.thidua.analytics.AnalyticsMain;
import vn.thidua.analytics.cli.CliOptions;

/**
 * The analytics driver kept warm between runs (issue #14): one JVM and one Spark session serve the
 * schedule's runs one after another, so a repeated run pays neither the JVM's start, nor Spark's session,
 * nor a cold JIT. The jobs module starts it with {@code schedule} and talks to it over stdin and stdout, one
 * line each way — no port to open, and the service ends when the schedule does (end of stdin).
 *
 * <ul>
 *   <li>Started as {@code AnalyticsService [--master URL]}: with a master the session starts at once (so
 *       the first run is warm too), else with the first request.</li>
 *   <li>It prints {@value #READY} when it takes requests.</li>
 *   <li>A request is the command line of {@link AnalyticsMain}, its arguments separated by tabs; the answer
 *       is {@code OK<tab>summary} or {@code FAILED<tab>exit code}. The failure's message, like Spark's log,
 *       goes to stderr, exactly as a one-off run writes it.</li>
 * </ul>
 *
 * A request naming another master than the session's gets a new session. Everything Spark or a library
 * would print on stdout is sent to stderr, so stdout carries the answers only.
 */
public final class AnalyticsService {

    public static final String READY = "READY";
    public static final String OK = "OK";
    public static final String FAILED = "FAILED";

    /** Until a request sets its own (every request from the jobs module does). */
    private static final int DEFAULT_SHUFFLE_PARTITIONS = 4;

    private final PrintStream answers;
    private final PrintStream log;
    private SparkSession session;

    AnalyticsService(PrintStream answers, PrintStream log) {
        this.answers = answers;
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        AnalyticsService service = new AnalyticsService(answers, System.err);
        try {
            if (args.length == 2 && args[0].equals("--master")) {
                service.sessionFor(args[1]);
            } else if (args.length != 0) {
                System.err.println("phân tích (dịch vụ): chỉ nhận --master URL, không nhận: " + String.join(" ", args));
                System.exit(2);
            }
            service.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } finally {
            service.stop();
        }
        // Spark leaves non-daemon threads behind.
        System.exit(0);
    }

    /** Answers requests until the end of input. */
    void serve(BufferedReader requests) throws IOException {
        answers.println(READY);
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            java.io.ByteArrayOutputStream summary = new java.io.ByteArrayOutputStream();
            int exit = AnalyticsMain.run(line.split("\t"), new PrintStream(summary, true, StandardCharsets.UTF_8), log,
                    new LentSession());
            answers.println(exit == 0 ? OK + "\t" + summary.toString(StandardCharsets.UTF_8).strip().replace('\n', ' ')
                    : FAILED + "\t" + exit);
        }
    }

    private final class LentSession implements AnalyticsMain.Sessions {
        @Override
        public SparkSession open(CliOptions.Run options) {
            SparkSession spark = sessionFor(options.master());
            spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(options.shufflePartitions()));
            return spark;
        }

        @Override
        public void release(SparkSession spark) {
            // A run's cached datasets are its own: the next run must start from its own export.
            spark.catalog().clearCache();
        }
    }

    /** The session; a new one when the request names another master (none named: the session's, or the default). */
    private SparkSession sessionFor(String master) {
        if (session != null && master != null && !master.equals(session.sparkContext().master())) {
            stop();
        }
        if (session == null) {
            session = AnalyticsMain.session(master, DEFAULT_SHUFFLE_PARTITIONS);
        }
        return session;
    }

    private void stop() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
