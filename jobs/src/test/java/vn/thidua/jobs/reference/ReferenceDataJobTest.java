package vn.thidua.jobs.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
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
import vn.thidua.jobs.ThiduaApplication;

/** The reference job end to end on real PostgreSQL: the sample catalogue loads, reloads unchanged, and a changed one needs a new VERSION. */
@SpringBootTest(classes = ThiduaApplication.class)
@SpringBatchTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDataJobTest {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path reference = Files.createDirectories(root.resolve("data/reference"));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("thidua.sample-data", "../sample-data"), "reference"))) {
            for (Path f : files.toList()) {
                Files.copy(f, reference.resolve(f.getFileName()));
            }
        }
        registry.add("thidua.workdir", () -> root.resolve("work").toString());
        registry.add("thidua.data", () -> root.resolve("data").toString());
    }

    @Autowired
    JobLauncherTestUtils launcher;

    @org.junit.jupiter.api.BeforeEach
    void theJob() {
        launcher.setJob(job);
    }

    @Autowired
    @Qualifier("referenceDataJob")
    Job job;

    @Autowired
    JdbcTemplate jdbc;

    /** A new instance each launch. (No helper here may return a JobExecution: @SpringBatchTest would call it.) */
    private JobParameters parameters() {
        return new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters();
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("SELECT (SELECT count(*) FROM org_unit) AS units, (SELECT count(*) FROM metric) AS metrics,"
                + " (SELECT count(*) FROM indicator) AS indicators, (SELECT count(*) FROM target) AS targets,"
                + " (SELECT count(*) FROM phase) AS phases, (SELECT string_agg(version, ',') FROM catalogue_version) AS versions");
    }

    @Test
    @Order(1)
    void theSampleCatalogueLoadsIntoItsTables() throws Exception {
        assertThat(launcher.launchJob(parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(counts()).containsEntry("units", 704L).containsEntry("metrics", 23L).containsEntry("indicators", 39L)
                .containsEntry("targets", 2742L).containsEntry("phases", 4L).containsEntry("versions", "2024.3");
        assertThat(jdbc.queryForObject("SELECT name FROM org_unit WHERE level = 1", String.class))
                .isEqualTo("Liên đoàn Lao động tỉnh Bắc Kạn");
    }

    @Test
    @Order(2)
    void loadingTheSameCatalogueAgainChangesNothing() throws Exception {
        Map<String, Object> before = counts();

        assertThat(launcher.launchJob(parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aChangedCatalogueUnderTheSameVersionIsRefusedAndTheTablesStay() throws Exception {
        Map<String, Object> before = counts();
        Path metrics = root.resolve("data/reference/metrics.csv");
        Files.writeString(metrics, Files.readString(metrics).replace("Số đoàn viên", "Tổng số đoàn viên"));

        JobExecution execution = launcher.launchJob(parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("hãy tăng số phiên bản trong reference/VERSION"));
        assertThat(counts()).isEqualTo(before);
    }
}
