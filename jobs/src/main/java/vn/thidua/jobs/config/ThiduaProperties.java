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

    /**
     * Refuses a data folder that does not exist (or has no reference/) and a work folder whose parent does
     * not exist, before anything is created or published: a typo in --data must not publish a new snapshot.
     */
    public void requireUsableDirectories() {
        requireWorkdirParent();
        Path dataDir = data.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(dataDir)) {
            throw new SetupException("Thư mục dữ liệu " + dataDir + " không tồn tại (--data hoặc THIDUA_DATA).");
        }
        if (!java.nio.file.Files.isDirectory(dataDir.resolve("reference"))) {
            throw new SetupException("Thư mục dữ liệu " + dataDir + " không có thư mục reference/ (danh mục đơn vị, đợt,"
                    + " chỉ số); hãy kiểm tra --data.");
        }
    }

    /** The work folder may be created, but not its parents: a missing parent is a typo, not a wish. */
    public void requireWorkdirParent() {
        Path work = workdir.toAbsolutePath().normalize();
        Path parent = work.getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new SetupException("Thư mục làm việc " + work + " không tạo được: thư mục cha " + parent
                    + " không tồn tại (--workdir hoặc THIDUA_WORKDIR).");
        }
    }

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

    /**
     * How the analytics job starts its Spark JVM.
     *
     * @param warmDriver   keep one analytics JVM between runs ({@code schedule} sets it); else one JVM per run
     * @param classArchive start the analytics JVM from a class-data-sharing archive of its classes, made once per
     *                     build in the background after the first successful run (~7 s less per new JVM, ~190 MB)
     * @param warmUpRuns   the warm driver repeats its first run of a small export this many times in the background,
     *                     never published, so that its later runs find their code compiled (0: never)
     */
    public record Analytics(String master, Path home, String driverMemory, int keepSnapshots,
                            int shufflePartitions, String javaOptions, boolean warmDriver, boolean classArchive,
                            int warmUpRuns) {
    }

    /** @param contact whom a unit asks to withdraw a figure it sent (named in every import report) */
    public record Intake(String contact) {
    }

    /**
     * Cron expressions (Spring's six-field form) and the years the scheduler keeps up to date.
     *
     * @param years        the years whose inboxes are watched; empty: every year of reference/phases.csv
     * @param analysisYear the year analysed, graded and drawn; null: the latest year of reference/phases.csv
     */
    /** @param reminders write each phase's reminders on the day after its deadline ({@code schedule --reminders}) */
    public record Schedule(String ingestCron, String analyticsCron, String evaluateCron, String renderCron, List<Integer> years,
                           Integer analysisYear, boolean reminders) {
        public Schedule {
            years = years == null ? List.of() : List.copyOf(years);
        }
    }
}
