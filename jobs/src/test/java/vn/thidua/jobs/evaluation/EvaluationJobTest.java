package vn.thidua.jobs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.evaluation.EvaluationFixture;
import vn.thidua.evaluation.SampleData;
import vn.thidua.jobs.ThiduaApplication;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.evaluation.EvaluationOutput;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Tables;

/**
 * The evaluation job end to end: it grades the published snapshot beside it, from the snapshot and
 * {@code <data>/evaluation/} only (the fixture writes no {@code <data>/reference/}), and records what it
 * did in Spring Batch's repository on real PostgreSQL.
 */
@SpringBootTest(classes = ThiduaApplication.class)
@SpringBatchTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationJobTest {

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
    @Qualifier("evaluateJob")
    Job job;

    @Autowired
    JdbcTemplate jdbc;

    /** A new instance each launch. (No helper here may return a JobExecution: @SpringBatchTest would call it.) */
    private JobParameters parameters() {
        return new JobParametersBuilder().addLong("year", 2024L).addLong("run", System.nanoTime()).toJobParameters();
    }

    @Test
    @Order(1)
    void withNothingPublishedTheJobFailsAndWritesNothing() throws Exception {
        Path rubric = Files.createDirectories(root.resolve("data/evaluation")).resolve("rubric-2024.yaml");
        Files.copy(SampleData.rubric(), rubric);

        JobExecution execution = launcher.launchJob(parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("hãy chạy ./thidua analyze trước"));
        assertThat(root.resolve("warehouse/evaluation")).doesNotExist();
    }

    @Test
    @Order(2)
    void itGradesThePublishedSnapshotBesideIt() throws Exception {
        Warehouse.deleteTree(root.resolve("data"));
        new EvaluationFixture(root).write();

        JobExecution execution = launcher.launchJob(parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path out = new Warehouse(root.resolve("warehouse")).evaluation(EvaluationFixture.RUN_ID);
        var context = execution.getStepExecutions().iterator().next().getExecutionContext();
        assertThat(context.getString("output")).isEqualTo(out.toString());
        assertThat(context.getString("summary")).startsWith("bộ tiêu chí 2024.1-mac-dinh, 24 CĐCS: ");
        assertThat(EvaluationOutput.exists(out)).isTrue();
        assertThat(out.resolve("exports/ket-qua-xep-loai.xlsx")).isRegularFile();
        try (ParquetTables parquet = ParquetTables.open()) {
            assertThat(parquet.count(out.resolve(Tables.EVALUATION_RESULT.name()), Tables.EVALUATION_RESULT)).isEqualTo(24);
        }
        assertThat(jdbc.queryForObject("SELECT write_count FROM batch_step_execution WHERE job_execution_id = ?",
                Long.class, execution.getId())).isEqualTo(24);
    }
}
