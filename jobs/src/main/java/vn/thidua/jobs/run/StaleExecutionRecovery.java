package vn.thidua.jobs.run;

import java.sql.Connection;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A process killed mid-job leaves its execution STARTED forever. On start-up, every STARTED execution
 * whose run lock is free (so no live process owns it) is marked FAILED; its work is redone by the
 * next run, which skips what was already committed.
 */
@Component
public class StaleExecutionRecovery {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutionRecovery.class);

    private final JobExplorer explorer;
    private final JobRepository repository;
    private final ExclusiveRunLock locks;

    public StaleExecutionRecovery(JobExplorer explorer, JobRepository repository, javax.sql.DataSource dataSource) {
        this.explorer = explorer;
        this.repository = repository;
        this.locks = new ExclusiveRunLock(dataSource);
    }

    public int recover() throws Exception {
        int recovered = 0;
        for (String job : explorer.getJobNames()) {
            for (JobExecution execution : explorer.findRunningJobExecutions(job)) {
                Connection lock = locks.tryLock(ExclusiveRunLock.key(job, execution.getJobParameters()));
                if (lock == null) {
                    continue; // a live process is running it
                }
                try {
                    LocalDateTime now = LocalDateTime.now();
                    for (StepExecution step : execution.getStepExecutions()) {
                        if (step.getStatus().isRunning()) {
                            step.setStatus(BatchStatus.FAILED);
                            step.setExitStatus(ExitStatus.FAILED.addExitDescription("recovered after a crash"));
                            step.setEndTime(now);
                            repository.update(step);
                        }
                    }
                    execution.setStatus(BatchStatus.FAILED);
                    execution.setExitStatus(ExitStatus.FAILED.addExitDescription(
                            "Tiến trình bị dừng đột ngột; đã đánh dấu thất bại khi khởi động lại (recovered after a crash)"));
                    execution.setEndTime(now);
                    repository.update(execution);
                    recovered++;
                    log.warn("Đã khôi phục lần chạy {} (#{}) bị bỏ dở", job, execution.getId());
                } finally {
                    ExclusiveRunLock.release(lock);
                }
            }
        }
        return recovered;
    }
}
