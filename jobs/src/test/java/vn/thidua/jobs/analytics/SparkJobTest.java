package vn.thidua.jobs.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.jobs.config.ThiduaProperties;

/** When the Spark JVM fails, the step fails with a clear message and the published snapshot stays. */
class SparkJobTest {

    @TempDir
    Path warehouse;

    @Test
    void aFailingSparkRunFailsClearlyAndLeavesCurrentAlone() throws Exception {
        // given a published snapshot
        Path snapshot = Files.createDirectories(warehouse.resolve("snapshots/earlier"));
        Files.createSymbolicLink(warehouse.resolve("current"), Path.of("snapshots/earlier"));
        Path home = Path.of(System.getProperty("thidua.analytics.home", "../analytics/target"));
        // 512 MB: with less, Spark refuses to start and the run would fail before it reaches the missing input
        SparkJob job = new SparkJob(new ThiduaProperties.Analytics("local[1]", home, "512m", 5, 2, "", false, false, 0));

        // when the job reads an input that does not exist
        Path missingInput = warehouse.resolve("staging/run-x/input");

        // then
        assertThatThrownBy(() -> job.run(missingInput, warehouse, 2024, "run-x"))
                .hasMessageContaining("Tính toán Spark thất bại").hasMessageContaining("current snapshot is unchanged");
        assertThat(warehouse.resolve("current").toRealPath()).isEqualTo(snapshot.toRealPath());
        assertThat(warehouse.resolve("snapshots/run-x")).doesNotExist();
    }

    @Test
    void aSmallExportRunsWithTheClientCompilerAndTheSerialCollectorAndALargeOneWithTheDefaults() throws Exception {
        // given a provincial-size export and a national-size one (a sparse file of 64 MB)
        Path small = Files.createDirectories(warehouse.resolve("small"));
        Files.writeString(small.resolve("submissions.csv"), "year,phase,unit_code\n");
        Path large = Files.createDirectories(warehouse.resolve("large"));
        try (var file = new java.io.RandomAccessFile(large.resolve("submissions.csv").toFile(), "rw")) {
            file.setLength(SparkJob.SMALL_EXPORT_BYTES);
        }

        // then
        assertThat(SparkJob.shortRunOptions(small, "")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(SparkJob.shortRunOptions(large, "")).isEmpty();
        assertThat(SparkJob.shortRunOptions(small, "-XX:TieredStopAtLevel=4")).as("a configured level wins")
                .containsExactly("-XX:+UseSerialGC");
        assertThat(SparkJob.shortRunOptions(small, "-Xss4m -XX:+UseParallelGC")).as("a configured collector wins")
                .containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(SparkJob.shortRunOptions(small, "-XX:-TieredCompilation")).as("a configured compiler wins")
                .containsExactly("-XX:+UseSerialGC");
        assertThat(SparkJob.shortRunOptions(small, "-XX:+UseGCOverheadLimit")).as("a tuning flag chooses no collector")
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void theWarmDriverCompilesWithTheOptimisingCompilerOnlyUnlessConfigured() {
        assertThat(WarmSparkDriver.compilerOptions("")).containsExactly("-XX:-TieredCompilation");
        assertThat(WarmSparkDriver.compilerOptions(null)).containsExactly("-XX:-TieredCompilation");
        assertThat(WarmSparkDriver.compilerOptions("-XX:+TieredCompilation")).as("configured wins").isEmpty();
        assertThat(WarmSparkDriver.compilerOptions("-Xss4m -XX:TieredStopAtLevel=1")).as("configured wins").isEmpty();
    }
}
