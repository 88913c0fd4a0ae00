package vn.thidua.jobs.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.jobs.config.ThiduaProperties;

/**
 * The class archive made the way a run makes it: a real JVM records its classes, the background dump makes the
 * archive, and the next JVM maps its classes from it. The JVM here prints the analytics' help, not a Spark run:
 * the same mechanism on a few thousand classes, so a dump takes seconds.
 */
class SparkClassArchiveTest {

    @TempDir
    Path home;

    @Test
    void aSuccessfulRunRecordsItsClassesAndTheNextRunSharesThem() throws Exception {
        // given an analytics build (the real jars) and no archive yet
        Path build = Path.of(System.getProperty("thidua.analytics.home", "../analytics/target")).toAbsolutePath();
        Files.createSymbolicLink(home.resolve("thidua-analytics.jar"), build.resolve("thidua-analytics.jar"));
        Files.createSymbolicLink(home.resolve("lib"), build.resolve("lib"));
        SparkJob job = new SparkJob(new ThiduaProperties.Analytics("local[1]", home, "512m", 5, 2, "", false, true, 0));
        SparkClassArchive archive = job.classArchive().orElseThrow();

        // when a first run records the classes it loads and succeeds
        List<String> first = archive.runOptions("run-1");
        assertThat(first).singleElement().asString().startsWith("-XX:DumpLoadedClassList=");
        assertThat(runHelp(job, first, home.resolve("first.log"))).isZero();
        archive.afterRun("run-1", true, job.jvm(List.of()));

        // then the archive is dumped in the background, and the next run maps its classes from it
        assertThat(archive.awaitArchive(Duration.ofMinutes(3))).as("archive made").isTrue();
        List<String> second = archive.runOptions("run-2");
        assertThat(second).containsExactly("-XX:SharedArchiveFile=" + archive.archive());
        List<String> logged = new ArrayList<>(second);
        logged.add("-Xlog:class+load=info:file=" + home.resolve("classes.log"));
        assertThat(runHelp(job, logged, home.resolve("second.log"))).isZero();
        assertThat(Files.readAllLines(home.resolve("classes.log")))
                .anyMatch(line -> line.contains("vn.thidua.analytics.AnalyticsMain source: shared objects file"));
        try (var files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no mark, no partial archive left")
                    .noneMatch(name -> name.endsWith(".dumping") || name.endsWith(".part"));
        }
    }

    @Test
    void aFailedRunLeavesNoClassListBehind() throws Exception {
        Files.writeString(home.resolve("thidua-analytics.jar"), "jar");
        Files.createDirectories(home.resolve("lib"));
        SparkClassArchive archive = SparkClassArchive.of(home);
        String recording = archive.runOptions("run-x").get(0).substring("-XX:DumpLoadedClassList=".length());
        Files.writeString(Path.of(recording), "java/lang/Object id: 0\n");

        archive.afterRun("run-x", false, List.of("java"));

        try (var files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("thidua-analytics.jar", "lib");
        }
    }

    @Test
    void aRebuiltJarOrAnotherJarMakesANewArchiveName() throws Exception {
        Files.writeString(home.resolve("thidua-analytics.jar"), "jar");
        Path lib = Files.createDirectories(home.resolve("lib"));
        Files.writeString(lib.resolve("spark-core.jar"), "spark");
        Path before = SparkClassArchive.of(home).archive();

        Files.setLastModifiedTime(lib.resolve("spark-core.jar"), FileTime.fromMillis(0));
        Path rebuilt = SparkClassArchive.of(home).archive();
        Files.writeString(lib.resolve("delta.jar"), "more");
        Path added = SparkClassArchive.of(home).archive();

        assertThat(List.of(before, rebuilt, added)).doesNotHaveDuplicates();
        assertThat(SparkClassArchive.of(home).archive()).as("same build, same name").isEqualTo(added);
    }

    @Test
    void configuredSharingOptionsWin() {
        SparkJob configured = new SparkJob(new ThiduaProperties.Analytics("local[1]", home, "512m", 5, 2, "-Xshare:off", false, true, 0));
        SparkJob off = new SparkJob(new ThiduaProperties.Analytics("local[1]", home, "512m", 5, 2, "", false, false, 0));

        assertThat(configured.classArchive()).isEmpty();
        assertThat(off.classArchive()).isEmpty();
    }

    private static int runHelp(SparkJob job, List<String> options, Path log) throws Exception {
        List<String> command = job.javaCommand(options, SparkJob.MAIN_CLASS);
        command.add("--help");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }
}
