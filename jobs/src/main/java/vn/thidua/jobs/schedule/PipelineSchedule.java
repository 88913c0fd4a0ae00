package vn.thidua.jobs.schedule;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.Pipeline;
import vn.thidua.jobs.run.StepReport;

/**
 * The scheduler: ingest of every phase of the configured years on one cron (cheap when nothing is
 * new: files already loaded are skipped by checksum), analytics and dashboards nightly and right after a
 * phase's submission deadline has passed. One thread,
 * so runs never overlap inside a process; the jobs' advisory locks keep processes apart.
 */
@Component
public class PipelineSchedule {

    private static final Logger log = LoggerFactory.getLogger(PipelineSchedule.class);

    /** How long {@link #stop} waits for a run in progress (a national analytics run takes about 2 minutes). */
    public static final int STOP_WAIT_MINUTES = 5;

    private final Pipeline pipeline;
    private final JdbcTemplate jdbc;
    private final ThiduaProperties.Schedule schedule;
    private ThreadPoolTaskScheduler scheduler;

    private final vn.thidua.jobs.desk.PhaseDesk desk;
    private final java.time.Clock clock;

    public PipelineSchedule(Pipeline pipeline, JdbcTemplate jdbc, ThiduaProperties properties,
                            vn.thidua.jobs.desk.PhaseDesk desk, java.time.Clock clock) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.schedule = properties.schedule();
        this.desk = desk;
        this.clock = clock;
    }

    private final java.util.List<java.util.concurrent.ScheduledFuture<?>> ticks = new java.util.ArrayList<>();

    public synchronized void start() {
        ticks.clear();
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("thidua-schedule-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(STOP_WAIT_MINUTES * 60);
        scheduler.initialize();
        ticks.add(scheduler.schedule(this::ingestAll, new CronTrigger(schedule.ingestCron())));
        ticks.add(scheduler.schedule(() -> logged(() -> pipeline.analyze(analysisYear())),
                new CronTrigger(schedule.analyticsCron())));
        ticks.add(scheduler.schedule(() -> logged(() -> pipeline.evaluate(analysisYear())),
                new CronTrigger(schedule.evaluateCron())));
        ticks.add(scheduler.schedule(() -> logged(() -> pipeline.render(analysisYear())),
                new CronTrigger(schedule.renderCron())));
        log.info("Lịch: nạp '{}', phân tích '{}', xếp loại '{}', bảng điều khiển '{}', các năm {}", schedule.ingestCron(),
                schedule.analyticsCron(), schedule.evaluateCron(), schedule.renderCron(), schedule.years().isEmpty() ? "trong reference/phases.csv" : schedule.years());
    }

    public void ingestAll() {
        logged(pipeline::referenceData);
        for (int year : schedule.years().isEmpty() ? pipeline.years() : schedule.years()) {
            List<Integer> phases;
            try {
                phases = pipeline.phases(year, null);
            } catch (RuntimeException e) {
                log.error("Lần chạy theo lịch bỏ qua năm {}: {}", year, e.getMessage());
                continue;
            }
            for (int phase : phases) {
                logged(() -> pipeline.ingest(year, phase));
            }
        }
        if (schedule.reminders()) {
            writeDueReminders();
        }
        if (deadlinePassedSinceLastAnalysis()) {
            // a phase just closed: publish its figures now rather than at night
            logged(() -> pipeline.analyze(analysisYear()));
            logged(() -> pipeline.evaluate(analysisYear()));
            logged(() -> pipeline.render(analysisYear()));
        }
    }

    /** The day after a deadline, once: the reminders for the clerk to send (nothing is sent from here). */
    void writeDueReminders() {
        try {
            java.util.List<java.nio.file.Path> written = desk.dueReminders(java.time.LocalDate.now(clock));
            if (!written.isEmpty()) {
                log.info("Đã soạn thư nhắc nộp báo cáo: {} tệp trong {}", written.size(), written.get(0).getParent());
            }
        } catch (RuntimeException e) {
            log.error("Không soạn được thư nhắc: {}", e.getMessage());
        }
    }

    private int analysisYear() {
        return pipeline.reportingYear(schedule.analysisYear());
    }

    /** True when some phase's deadline fell after the last successful analytics run (and is past). */
    private boolean deadlinePassedSinceLastAnalysis() {
        Boolean passed = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM phase WHERE deadline < current_date"
                + " AND deadline >= coalesce((SELECT max(e.end_time)::date FROM batch_job_execution e JOIN batch_job_instance i"
                + " USING (job_instance_id) WHERE i.job_name = 'analytics' AND e.status = 'COMPLETED'), DATE '1900-01-01'))",
                Boolean.class);
        return Boolean.TRUE.equals(passed);
    }

    private void logged(Task task) {
        try {
            StepReport report = task.run();
            log.info("{} ({} ms): {}", report.title(), report.millis(), report.summary());
        } catch (Exception e) {
            log.error("Lần chạy theo lịch thất bại: {}", e.getMessage());
        }
    }

    /**
     * Cancels every future tick, then lets a running one finish (waiting up to {@link #STOP_WAIT_MINUTES}). Cancelling first matters: a shut-down
     * scheduled executor still runs the ticks already queued (its default policy), so a "stopped"
     * schedule would otherwise fire once more at the next cron time.
     */
    public synchronized void stop() {
        ticks.forEach(tick -> tick.cancel(false));
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    /** Ticks still due: none once stopped. */
    synchronized int pendingTicks() {
        return (int) ticks.stream().filter(t -> !t.isDone()).count();
    }

    @FunctionalInterface
    private interface Task {
        StepReport run() throws Exception;
    }
}
