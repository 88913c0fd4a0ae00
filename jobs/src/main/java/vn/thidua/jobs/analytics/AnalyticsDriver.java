package vn.thidua.jobs.analytics;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the analytics module on an export and publishes its snapshot, or throws with the published
 * snapshot unchanged: {@link SparkJob} starts a JVM per run (the CLI's commands), {@link WarmSparkDriver}
 * keeps one running between the schedule's runs.
 */
public interface AnalyticsDriver extends AutoCloseable {

    void run(Path input, Path warehouse, int year, String runId) throws IOException, InterruptedException;

    /** Stops whatever the driver keeps running; nothing for a one-off driver. */
    @Override
    default void close() {
    }
}
