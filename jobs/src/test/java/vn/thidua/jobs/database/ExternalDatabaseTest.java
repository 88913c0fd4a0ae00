package vn.thidua.jobs.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.jobs.ThiduaApplication;
import vn.thidua.jobs.run.Pipeline;

/**
 * With spring.datasource.url set (SPRING_DATASOURCE_URL), the application uses that PostgreSQL and
 * starts nothing embedded. The "external" server here is a separate, real PostgreSQL started by the test.
 */
class ExternalDatabaseTest {

    @TempDir
    static Path dir;

    static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws Exception {
        external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external-pg"))
                .setOverrideWorkingDirectory(Path.of(System.getProperty("user.home"), ".cache/thidua/postgres").toFile())
                .start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        external.close();
    }

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
        // given
        String url = external.getJdbcUrl("postgres", "postgres");
        // when
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ThiduaApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--thidua.workdir=" + dir.resolve("work"),
                "--thidua.data=" + System.getProperty("thidua.sample-data", "../sample-data"))) {
            context.getBean(Pipeline.class).referenceData();

            // then
            assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            assertThat(dir.resolve("work/db")).doesNotExist();
        }
        Long units = new JdbcTemplate(external.getPostgresDatabase()).queryForObject("SELECT count(*) FROM org_unit", Long.class);
        assertThat(units).isGreaterThan(600L);
    }
}
