package vn.thidua.jobs.dashboard;

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
import vn.thidua.dashboards.ComparativeReport;
import vn.thidua.dashboards.report.profile.DocumentProfileFile;
import vn.thidua.dashboards.DashboardSite;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.ExclusiveRunLock;

/**
 * Job {@code render} (parameter {@code year}): the dashboard site and the comparative report (PDF and
 * XLSX) from the published {@code current} snapshot only; the dashboards module never sees the database.
 */
@Configuration(proxyBeanMethods = false)
public class RenderJobConfiguration {

    public static final String JOB_NAME = "render";
    private static final Logger log = LoggerFactory.getLogger(RenderJobConfiguration.class);

    @Bean
    Job renderJob(JobRepository jobs, Step renderDashboards, DataSource dataSource) {
        return new JobBuilder(JOB_NAME, jobs).listener(new ExclusiveRunLock(dataSource)).start(renderDashboards).build();
    }

    @Bean
    Step renderDashboards(JobRepository jobs, PlatformTransactionManager tx, ThiduaProperties properties) {
        return new StepBuilder("renderDashboards", jobs).tasklet((contribution, context) -> {
            int year = ((Long) context.getStepContext().getJobParameters().get("year")).intValue();
            var site = DashboardSite.render(properties.warehouse().toAbsolutePath(), properties.dashboards().toAbsolutePath(), year);
            var report = ComparativeReport.write(properties.warehouse().toAbsolutePath(), properties.reports().toAbsolutePath(),
                    year, properties.data().resolve(DocumentProfileFile.RELATIVE_PATH).toAbsolutePath());
            contribution.incrementWriteCount(site.files().size() + 2);
            context.getStepContext().getStepExecution().getExecutionContext().putString("report", report.pdf().toString());
            log.info("Bảng điều khiển: {} tệp; báo cáo {} ({} trang) và {}; từ ảnh chụp {}", site.files().size(), report.pdf(),
                    report.pages(), report.xlsx().getFileName(), site.snapshotId());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
