package vn.thidua.jobs.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data directory lives under the work directory, so figures survive
 * from one command to the next. Started and stopped by the application.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory, Path binariesDirectory) throws IOException {
        return start(dataDirectory, binariesDirectory, true);
    }

    /**
     * @param stopWithJvm stop the server in a JVM shutdown hook of its own; false when the application closes
     *                    it itself after its last run (the schedule), so the hook cannot pull it away mid-run
     */
    public static EmbeddedDatabase start(Path dataDirectory, Path binariesDirectory, boolean stopWithJvm) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(binariesDirectory);
        stopOrphanedServer(dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binariesDirectory.toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50")
                // A server left by kill -9 is stopped by stopOrphanedServer at the next start.
                .setRegisterShutdownHook(stopWithJvm)
                .start();
        log.info("Embedded PostgreSQL started on port {} in {} ms (data: {})", postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000, dataDirectory);
        return new EmbeddedDatabase(postgres);
    }

    /** A pooled DataSource: the ingest opens connections per chunk, and unpooled ones cost ~5 ms each. */
    public HikariDataSource dataSource() {
        HikariDataSource pool = new HikariDataSource();
        // batched INSERTs rewritten into multi-row statements: several times fewer round trips
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(8);
        pool.setPoolName("thidua-embedded");
        return pool;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running and postmaster.pid behind; the next start
     * would refuse the data directory. Stop that orphan first (PostgreSQL's smart shutdown on SIGTERM).
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
            log.warn("Stopping PostgreSQL (pid {}) left running by an earlier process on {}", pid, dataDirectory);
            orphan.destroy();
            try {
                orphan.onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(60),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                orphan.destroyForcibly();
            }
        });
    }
}
