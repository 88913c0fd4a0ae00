package vn.thidua.jobs.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.manifest.ManifestFile;

/**
 * The schedule's warm analytics driver on a real Spark (the analytics module's fixture export), in one test
 * so the JVM starts once: runs one after another in one JVM, its background repetitions of the first run (never
 * published), a bad run that fails without a retry, and a
 * driver killed in the middle of a run that is started again and the run retried once, publishing what a
 * clean run publishes.
 */
class WarmSparkDriverTest {

    private static final Path FIXTURE = Path.of("../analytics/src/test/resources/fixture/input");

    @TempDir
    Path warehouse;

    private WarmSparkDriver driver;

    @BeforeEach
    void start() throws IOException {
        Path home = Path.of(System.getProperty("thidua.analytics.home", "../analytics/target"));
        driver = new WarmSparkDriver(new ThiduaProperties.Analytics("local[2]", home, "1g", 10, 2, "", true, false, 2));
        driver.start();
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void runsInOneJvmFailsABadRunOnceAndRetriesARunWhoseDriverDied() throws Exception {
        // when two runs go to the warm driver
        driver.run(export("run-1"), warehouse, 2024, "run-1");
        long pid = driver.pid().orElseThrow();
        driver.run(export("run-2"), warehouse, 2024, "run-2");

        // then both are published by the same JVM
        assertThat(driver.pid()).hasValue(pid);
        assertThat(new Warehouse(warehouse).currentRunId()).hasValue("run-2");
        assertThat(rowCounts("run-2")).isEqualTo(rowCounts("run-1"));

        // when the driver repeats its first run in the background (two repetitions here, see start())
        assertThat(driver.awaitWarmUp(java.time.Duration.ofMinutes(5))).as("both repetitions ran").hasValue(2);

        // then they were never published, and the copy they ran on is gone
        assertThat(new Warehouse(warehouse).currentRunId()).hasValue("run-2");
        assertThat(warehouse.resolve("snapshots")).isDirectoryNotContaining("glob:**warm-up*");
        assertThat(driver.pid()).hasValue(pid);
        try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temp.filter(p -> p.getFileName().toString().startsWith("thidua-warm-up-")).filter(this::madeByThisTest))
                    .isEmpty();
        }

        // when a run reads an export that does not exist, then it fails, is not retried, and changes nothing
        assertThatThrownBy(() -> driver.run(warehouse.resolve("staging/bad/input"), warehouse, 2024, "bad"))
                .hasMessageContaining("Tính toán Spark thất bại").hasMessageContaining("current snapshot is unchanged");
        assertThat(driver.pid()).hasValue(pid);
        assertThat(new Warehouse(warehouse).currentRunId()).hasValue("run-2");
        assertThat(warehouse.resolve("snapshots/bad")).doesNotExist();

        // when the driver is killed while it writes run-3
        Path input = export("run-3");
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                driver.run(input, warehouse, 2024, "run-3");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path halfWritten = new Warehouse(warehouse).staging("run-3").resolve("indicator_value");
        for (long waited = 0; !Files.exists(halfWritten) && waited < 120_000; waited += 5) {
            Thread.sleep(5);
        }
        assertThat(halfWritten).as("run-3 has started writing").exists();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        // then a new driver runs it again on the same export, and it publishes what a clean run does
        run.get(5, TimeUnit.MINUTES);
        assertThat(driver.pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(pid));
        assertThat(new Warehouse(warehouse).currentRunId()).hasValue("run-3");
        assertThat(rowCounts("run-3")).isEqualTo(rowCounts("run-1"));
        assertThat(new Warehouse(warehouse).staging("run-3")).doesNotExist();
    }

    private final long started = System.currentTimeMillis();

    /** A folder made since this test began (other builds on the machine may have their own). */
    private boolean madeByThisTest(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis() >= started - 1_000;
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    /** The fixture export where the jobs module puts it: staging/&lt;run&gt;/input. */
    private Path export(String runId) throws IOException {
        Path input = Files.createDirectories(new Warehouse(warehouse).staging(runId).resolve("input"));
        try (var files = Files.list(FIXTURE)) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    private java.util.Map<String, Long> rowCounts(String runId) throws IOException {
        return ManifestFile.read(new Warehouse(warehouse).snapshot(runId).resolve(Warehouse.MANIFEST)).rowCounts();
    }
}
