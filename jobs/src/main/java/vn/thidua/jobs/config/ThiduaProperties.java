package vn.thidua.jobs.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything a federation may change without a rebuild: where the data and the work directory are,
 * how Spark is started and when the scheduler runs. Defaults live in application.yml.
 */
@ConfigurationProperties("thidua")
public record ThiduaProperties(Path data, Path workdir, Analytics analytics, Schedule schedule, Intake intake) {

    public Path warehouse() {
        return workdir.resolve("warehouse");
    }

    public Path dashboards() {
        return workdir.resolve("dashboards");
    }

    public Path archive() {
        return workdir.resolve("archive");
    }

    public Path reports() {
        return workdir.resolve("reports");
    }

    /** How the analytics job starts its Spark JVM. */
    public record Analytics(String master, Path home, String driverMemory, int keepSnapshots,
                            int shufflePartitions, String javaOptions) {
    }

    /** @param contact whom a unit asks to withdraw a figure it sent (named in every import report) */
    public record Intake(String contact) {
    }

    /** Cron expressions (Spring's six-field form) and the years the scheduler keeps up to date. */
    public record Schedule(String ingestCron, String analyticsCron, String evaluateCron, String renderCron, List<Integer> years,
                           int analysisYear) {
    }
}
