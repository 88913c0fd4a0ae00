package vn.thidua.jobs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.test.JobLauncherTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.jobs.ThiduaApplication;

/**
 * The render job end to end: the site and the comparative report from the published snapshot and its
 * evaluation only; with nothing published it fails and leaves the previous output alone.
 */
@SpringBootTest(classes = ThiduaApplication.class)
@SpringBatchTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenderJobTest {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("thidua.workdir", () -> root.toString());
        registry.add("thidua.data", () -> root.resolve("data").toString());
    }

    @Autowired
    JobLauncherTestUtils launcher;

    @org.junit.jupiter.api.BeforeEach
    void theJob() {
        launcher.setJob(job);
    }

    @Autowired
    @Qualifier("renderJob")
    Job job;

    /** A new instance each launch. (No helper here may return a JobExecution: @SpringBatchTest would call it.) */
    private JobParameters parameters() {
        return new JobParametersBuilder().addLong("year", 2024L).addLong("run", System.nanoTime()).toJobParameters();
    }

    @Test
    @Order(1)
    void withNothingPublishedTheJobFailsAndWritesNothing() throws Exception {
        JobExecution execution = launcher.launchJob(parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("Chưa có số liệu phân tích đã công bố"));
        assertThat(root.resolve("dashboards")).doesNotExist();
        assertThat(root.resolve("reports")).doesNotExist();
    }

    @Test
    @Order(2)
    void itDrawsThePublishedSnapshotAndItsGrades() throws Exception {
        new DashboardFixture().withGrades().writeTo(root.resolve("warehouse"));
        // the report's header and signature come from the federation's document profile in the data directory
        Path profile = Path.of(System.getProperty("thidua.sample-data", "../sample-data"), "report", "document-profile.yaml");
        Files.createDirectories(root.resolve("data/report"));
        Files.copy(profile, root.resolve("data/report/document-profile.yaml"));

        JobExecution execution = launcher.launchJob(parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String index = Files.readString(root.resolve("dashboards/index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains(DashboardFixture.RUN_ID, "Xếp loại công đoàn cơ sở");
        assertThat(root.resolve("dashboards/don-vi-bb.html")).isRegularFile();
        Path pdf = root.resolve("reports/bao-cao-so-sanh-2024-2023.pdf");
        assertThat(pdf).isRegularFile();
        assertThat(root.resolve("reports/bao-cao-so-sanh-2024-2023.docx")).isRegularFile();
        assertThat(root.resolve("reports/bang-so-lieu-2024-2023.xlsx")).isRegularFile();
        var step = execution.getStepExecutions().iterator().next();
        assertThat(step.getExecutionContext().getString("report")).isEqualTo(pdf.toString());
        assertThat(step.getWriteCount()).isGreaterThan(20);
    }
}
