package vn.thidua.jobs.database;

import java.io.IOException;
import java.nio.file.Path;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.thidua.jobs.config.ThiduaProperties;

/**
 * The default database: an embedded, real PostgreSQL under {@code <workdir>/db}. Skipped entirely when
 * an external PostgreSQL is configured, in which case Boot's own DataSource auto-configuration applies.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(ThiduaProperties properties,
                                      @Value("${thidua.embedded.binaries:${user.home}/.cache/thidua/postgres}") Path binaries,
                                      @Value("${spring.main.register-shutdown-hook:true}") boolean springStopsWithJvm)
            throws IOException {
        properties.requireWorkdirParent();
        // Whoever stops the application on SIGTERM stops the server: Spring's hook (every command), else the
        // command itself (schedule, which lets a run finish first) through this bean's close.
        return EmbeddedDatabase.start(properties.workdir().resolve("db").toAbsolutePath(), binaries, springStopsWithJvm);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        return database.dataSource();
    }
}
