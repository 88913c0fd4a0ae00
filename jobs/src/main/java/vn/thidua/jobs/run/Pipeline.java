package vn.thidua.jobs.run;

import java.util.Map;
import org.springframework.batch.core.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.jobs.analytics.AnalyticsJobConfiguration;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.dashboard.RenderJobConfiguration;
import vn.thidua.jobs.evaluation.EvaluationJobConfiguration;
import vn.thidua.jobs.ingest.IngestJobConfiguration;
import vn.thidua.jobs.reference.ReferenceDataJobConfiguration;

/**
 * The pipeline's steps as the command line and the scheduler run them: each launches its Batch job
 * and describes the result in Vietnamese from what the database now holds.
 */
@Component
public class Pipeline {

    private final JobRunner runner;
    private final JdbcTemplate jdbc;
    private final ThiduaProperties properties;

    private final Calendar calendar;

    public Pipeline(JobRunner runner, JdbcTemplate jdbc, ThiduaProperties properties) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.properties = properties;
        this.calendar = new Calendar(jdbc);
    }

    /** The year asked for, or else the latest year of the calendar (reference/phases.csv). */
    public int reportingYear(Integer requested) {
        return calendar.yearOrLatest(requested);
    }

    /** The years of the calendar, oldest first. */
    public java.util.List<Integer> years() {
        return calendar.years();
    }

    /** The phases of a year in the calendar, or the one asked for (checked when it runs). */
    public java.util.List<Integer> phases(int year, Integer requested) {
        if (requested != null) {
            return java.util.List.of(requested);
        }
        calendar.requireYear(year);
        return calendar.phases(year);
    }

    public StepReport referenceData() throws Exception {
        long started = System.nanoTime();
        runner.run(ReferenceDataJobConfiguration.JOB_NAME, null, null);
        Map<String, Object> counts = jdbc.queryForMap("SELECT (SELECT count(*) FROM org_unit) AS units,"
                + " (SELECT count(*) FROM metric) AS metrics, (SELECT count(*) FROM indicator) AS indicators,"
                + " (SELECT count(*) FROM target) AS targets,"
                + " (SELECT version FROM catalogue_version ORDER BY loaded_at DESC, version DESC LIMIT 1) AS version");
        return new StepReport("Danh mục", String.format("phiên bản %s: %s đơn vị, %s chỉ số, %s chỉ tiêu tính, %s chỉ tiêu giao",
                counts.get("version"), counts.get("units"), counts.get("metrics"), counts.get("indicators"), counts.get("targets")),
                elapsed(started));
    }

    public StepReport ingest(int year, int phase) throws Exception {
        return ingest(year, phase, false);
    }

    /** A dry run validates and reports exactly like a real one, and leaves the database as it was. */
    public StepReport ingest(int year, int phase, boolean dryRun) throws Exception {
        calendar.requirePhase(year, phase);
        long started = System.nanoTime();
        JobExecution execution = runner.run(IngestJobConfiguration.JOB_NAME, year, phase,
                Map.of("dryRun", Boolean.toString(dryRun)));
        var run = execution.getStepExecutions().iterator().next().getExecutionContext();
        String thisRun = String.format("%d tệp mới (%d dòng: %d nạp mới, %d cập nhật, %d không đổi, %d dòng bị từ chối"
                        + " với %d lỗi, %d cảnh báo; %d tệp bị từ chối cả tệp)", run.getLong("files", 0), run.getLong("rows", 0),
                run.getLong("imported", 0), run.getLong("updated", 0), run.getLong("unchanged", 0), run.getLong("rejected", 0),
                run.getLong("errors", 0), run.getLong("warnings", 0), run.getLong("failedFiles", 0));
        if (dryRun) {
            return new StepReport("Chạy thử " + year + " đợt " + phase, thisRun + "; không ghi gì vào CSDL, báo cáo tại "
                    + properties.reports().resolve("dry-run").toAbsolutePath(), elapsed(started));
        }
        Map<String, Object> totals = jdbc.queryForMap("SELECT count(*) AS files,"
                + " count(*) FILTER (WHERE status = 'failed') AS failed, count(*) FILTER (WHERE late) AS late,"
                + " coalesce(sum(rejected), 0) AS rejected, coalesce(sum(warnings), 0) AS warnings,"
                + " (SELECT count(*) FROM unit_submission s WHERE s.year = ? AND s.phase = ?) AS units,"
                + " (SELECT count(*) FROM initiative i WHERE i.year = ? AND i.phase = ?) AS initiatives"
                + " FROM import_file WHERE year = ? AND phase = ?", year, phase, year, phase, year, phase);
        return new StepReport("Nạp " + year + " đợt " + phase, String.format(
                "%s; trong CSDL: %s tệp (%s bị từ chối cả tệp, %s nộp muộn), %s đơn vị có số liệu, %s sáng kiến,"
                        + " %s dòng bị từ chối, %s cảnh báo",
                thisRun, totals.get("files"), totals.get("failed"), totals.get("late"), totals.get("units"),
                totals.get("initiatives"), totals.get("rejected"), totals.get("warnings")), elapsed(started));
    }

    public StepReport analyze(int year) throws Exception {
        calendar.requireYear(year);
        long started = System.nanoTime();
        JobExecution execution = runner.run(AnalyticsJobConfiguration.JOB_NAME, year, null);
        String runId = execution.getStepExecutions().iterator().next().getExecutionContext().getString("runId", "?");
        return new StepReport("Phân tích " + year, "ảnh chụp " + runId + " đã công bố tại "
                + properties.warehouse().resolve("current").toAbsolutePath(), elapsed(started));
    }

    public StepReport render(int year) throws Exception {
        calendar.requireYear(year);
        long started = System.nanoTime();
        JobExecution execution = runner.run(RenderJobConfiguration.JOB_NAME, year, null);
        long files = execution.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum();
        String report = execution.getStepExecutions().iterator().next().getExecutionContext().getString("report", "");
        return new StepReport("Bảng điều khiển " + year, files + " tệp tại "
                + properties.dashboards().resolve("index.html").toAbsolutePath() + "; báo cáo " + report, elapsed(started));
    }

    public StepReport evaluate(int year) throws Exception {
        calendar.requireYear(year);
        long started = System.nanoTime();
        JobExecution execution = runner.run(EvaluationJobConfiguration.JOB_NAME, year, null);
        var context = execution.getStepExecutions().iterator().next().getExecutionContext();
        return new StepReport("Đánh giá xếp loại " + year, context.getString("summary", "") + "; kết quả tại "
                + context.getString("output", ""), elapsed(started));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
