package vn.thidua.analytics;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import vn.thidua.vietnamese.cli.VietnameseCommandLine;
import vn.thidua.analytics.cli.CliOptions;
import vn.thidua.reference.ReferenceException;

/**
 * Entry point, run as its own JVM by the jobs module or by spark-submit. Exit codes: 0 published,
 * 1 the run failed (nothing published, {@code current} untouched), 2 bad command line.
 */
public final class AnalyticsMain {

    private AnalyticsMain() {
    }

    public static void main(String[] args) {
        // Spark leaves non-daemon threads behind; the exit code must reach the caller regardless.
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, OWN_SESSION);
    }

    /**
     * Where a run's Spark session comes from and what happens to it after the run: the CLI starts one and
     * stops it; the long-lived {@link vn.thidua.analytics.serve.AnalyticsService} lends its own and keeps it.
     */
    public interface Sessions {
        SparkSession open(CliOptions.Run options);

        void release(SparkSession spark);
    }

    private static final Sessions OWN_SESSION = new Sessions() {
        @Override
        public SparkSession open(CliOptions.Run options) {
            return session(options);
        }

        @Override
        public void release(SparkSession spark) {
            spark.stop();
        }
    };

    /** One run with the given sessions: parse, compute, publish; the exit code of {@link #main}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Sessions sessions) {
        CliOptions.Run options;
        CommandLine cli = VietnameseCommandLine.of(new CliOptions());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return 0;
            }
            options = ((CliOptions) cli.getCommand()).checked(cli);
        } catch (CommandLine.ParameterException e) {
            err.println("phân tích: " + VietnameseCommandLine.message(e));
            cli.usage(err);
            return 2;
        }
        SparkSession spark = null;
        try {
            spark = sessions.open(options);
            RunResult result = new AnalyticsRun(spark).execute(options);
            out.println(result.summary());
            return 0;
        } catch (AnalyticsException | ReferenceException e) {
            err.println("phân tích: không công bố gì (ảnh chụp đang công bố giữ nguyên): " + e.getMessage());
            return 1;
        } catch (Exception | Error e) {
            err.println("phân tích: không công bố gì (ảnh chụp đang công bố giữ nguyên): " + e);
            // Spark wraps the useful part (which file, which record) a few causes deep: list them first.
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                err.println("  nguyên nhân: " + cause);
            }
            e.printStackTrace(err);
            return 1;
        } finally {
            if (spark != null) {
                sessions.release(spark);
            }
        }
    }

    /** The session for a CLI run; spark-submit's settings (spark.master, --conf) win over the defaults here. */
    static SparkSession session(CliOptions.Run options) {
        return session(options.master(), options.shufflePartitions());
    }

    /** @param master null: spark-submit's spark.master, else local[2] */
    public static SparkSession session(String master, int shufflePartitions) {
        return SparkSession.builder().config(conf(master, shufflePartitions)).getOrCreate();
    }

    /** The session's settings: this job's defaults under whatever spark-submit or -Dspark.… already set. */
    static SparkConf conf(String master, int shufflePartitions) {
        SparkConf conf = new SparkConf().setAppName("thidua-analytics");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[2]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // Everything runs in this JVM: bind to loopback instead of whatever the hostname resolves to.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        } else {
            // A plain `java -cp … --master spark://…` driver: ship our jar (spark-submit sets this itself).
            ownJar().ifPresent(jar -> conf.setIfMissing("spark.jars", jar));
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        // The wide per-indicator plans exceed the default of 25 fields and Spark warns on every plan string.
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "1000");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // One run generates ~200 distinct classes; Spark's cache of compiled code keeps 100 by default, so a
        // warm driver evicted each run's classes before the next run needed them and compiled all of them
        // again (measured: ~200 Janino compilations per repeated run instead of 0).
        conf.setIfMissing("spark.sql.codegen.cache.maxEntries", "1000");
        // Spark sizes its memory pages from the heap (with -Xmx2g on two cores: 16 MB under a short run's serial
        // collector, 32 MB under G1) and gives one to every hash table it builds, a broadcast join's included,
        // however few its rows: a provincial run kept ~220 MB of such pages alive and spent about 60 % more time
        // in GC (2,6–3,3 s against 1,6–1,9 s). 1 MB pages hold a provincial group easily; a national run took as
        // long with them (two pairs) and wrote the same rows. 16 bytes short of 1 MiB, as Spark's own default is
        // short of its power of two: the long[] with its header then fits one of G1's 1 MB regions (-Xmx2g)
        // instead of taking two as a humongous object.
        conf.setIfMissing("spark.buffer.pageSize", "1048560b");
        // The run's data is small per group; Spark's default of 200 shuffle partitions is pure overhead here.
        conf.set("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
        return conf;
    }

    private static java.util.Optional<String> ownJar() {
        try {
            java.net.URL location = AnalyticsMain.class.getProtectionDomain().getCodeSource().getLocation();
            return location.getPath().endsWith(".jar") ? java.util.Optional.of(location.toString()) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
