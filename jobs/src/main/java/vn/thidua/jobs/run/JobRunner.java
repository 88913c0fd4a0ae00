package vn.thidua.jobs.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/**
 * Launches a job by name and waits for it. Each launch is a new job instance (a {@code run} parameter),
 * because the jobs themselves are idempotent: what an earlier run committed is skipped, not redone.
 */
@Component
public class JobRunner {

    private final JobLauncher launcher;
    private final Map<String, Job> jobs;

    public JobRunner(JobLauncher launcher, List<Job> jobs) {
        this.launcher = launcher;
        this.jobs = jobs.stream().collect(java.util.stream.Collectors.toMap(Job::getName, j -> j));
    }

    public JobExecution run(String jobName, Integer year, Integer phase) throws Exception {
        return run(jobName, year, phase, Map.of());
    }

    public JobExecution run(String jobName, Integer year, Integer phase, Map<String, String> extra) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("Không có job " + jobName);
        }
        JobParametersBuilder parameters = new JobParametersBuilder().addString("run", Instant.now().toString() + "-" + System.nanoTime());
        if (year != null) {
            parameters.addLong("year", year.longValue());
        }
        if (phase != null) {
            parameters.addLong("phase", phase.longValue());
        }
        extra.forEach(parameters::addString);
        JobExecution execution = launcher.run(job, parameters.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new JobFailedException(jobName, execution, cause);
        }
        return execution;
    }

    /** A job ended in another state than COMPLETED; the message is the first failure's. */
    public static final class JobFailedException extends RuntimeException {
        private final transient JobExecution execution;

        JobFailedException(String jobName, JobExecution execution, Throwable cause) {
            super("Job " + jobName + " thất bại (" + execution.getStatus() + "): "
                    + (cause == null ? execution.getExitStatus().getExitDescription() : rootMessage(cause)), cause);
            this.execution = execution;
        }

        public JobExecution execution() {
            return execution;
        }

        private static String rootMessage(Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " — " + root.getMessage();
        }
    }
}
