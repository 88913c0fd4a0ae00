package vn.thidua.jobs.evaluation;

import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.evaluation.Evaluation;
import vn.thidua.evaluation.EvaluationRequest;
import vn.thidua.evaluation.EvaluationResult;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.ExclusiveRunLock;

/**
 * Job {@code evaluate} (parameter {@code year}): grades every grassroots union from the published
 * snapshot with the versioned rubric under {@code <data>/evaluation/}, writing its Parquet, manifest
 * and Vietnamese exports beside the warehouse ({@code <warehouse>/evaluation/<snapshot-id>/}).
 */
@Configuration(proxyBeanMethods = false)
public class EvaluationJobConfiguration {

    public static final String JOB_NAME = "evaluate";
    private static final Logger log = LoggerFactory.getLogger(EvaluationJobConfiguration.class);

    @Bean
    Job evaluateJob(JobRepository jobs, Step gradeUnits, DataSource dataSource) {
        return new JobBuilder(JOB_NAME, jobs).listener(new ExclusiveRunLock(dataSource)).start(gradeUnits).build();
    }

    @Bean
    Step gradeUnits(JobRepository jobs, PlatformTransactionManager tx, ThiduaProperties properties) {
        return new StepBuilder("gradeUnits", jobs).tasklet((contribution, context) -> {
            int year = ((Long) context.getStepContext().getJobParameters().get("year")).intValue();
            EvaluationResult result = Evaluation.run(EvaluationRequest.fromDataDir(properties.warehouse().toAbsolutePath(),
                    properties.data().toAbsolutePath(), year, null));
            String grades = result.gradeCounts().entrySet().stream()
                    .map(e -> e.getKey().labelVi() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            contribution.incrementWriteCount(result.units());
            var out = context.getStepContext().getStepExecution().getExecutionContext();
            out.putString("summary", "bộ tiêu chí " + result.rubricVersion() + ", " + result.units() + " CĐCS: " + grades
                    + "; phúc tra áp dụng " + result.adjustmentsApplied() + ", bị từ chối " + result.adjustmentsRejected());
            out.putString("output", result.outputDir().toString());
            log.info("Đánh giá {}: {} đơn vị, {}", result.evaluationId(), result.units(), grades);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
