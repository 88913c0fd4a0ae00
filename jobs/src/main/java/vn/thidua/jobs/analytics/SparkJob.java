package vn.thidua.jobs.analytics;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.jobs.config.ThiduaProperties;

/**
 * A one-off analytics driver: starts the analytics module's main class in its own JVM, with Spark's own classpath (no Spring on
 * it), and waits. A non-zero exit fails the step; the Spark job itself never touches the published
 * {@code current} snapshot unless it succeeded.
 */
public class SparkJob implements AnalyticsDriver {

    private static final Logger log = LoggerFactory.getLogger(SparkJob.class);

    /** Spark's module options for Java 17, as in org.apache.spark.launcher.JavaModuleOptions. */
    static final List<String> MODULE_OPTIONS = List.of("--add-modules=jdk.incubator.vector",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");
    static final String MAIN_CLASS = "vn.thidua.analytics.AnalyticsMain";

    private final ThiduaProperties.Analytics settings;

    public SparkJob(ThiduaProperties.Analytics settings) {
        this.settings = settings;
    }

    @Override
    public void run(Path input, Path warehouse, int year, String runId) throws IOException, InterruptedException {
        Optional<SparkClassArchive> archive = classArchive();
        List<String> options = new ArrayList<>(shortRunOptions(input, settings.javaOptions()));
        archive.ifPresent(a -> options.addAll(a.runOptions(runId)));
        List<String> command = javaCommand(options, MAIN_CLASS);
        command.addAll(runArguments(input, warehouse, year, runId));
        log.info("Khởi chạy Spark ({}): {}", settings.master(), MAIN_CLASS);
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        archive.ifPresent(a -> a.afterRun(runId, exit == 0, jvm(List.of())));
        if (exit != 0) {
            throw failed(exit);
        }
    }

    static IllegalStateException failed(int exit) {
        return new IllegalStateException("Tính toán Spark thất bại (mã thoát " + exit + "); kết quả đã công bố trước đó"
                + " được giữ nguyên (Spark job failed; the current snapshot is unchanged)");
    }

    /** {@code java} with Spark's module options, the configured memory and options, the analytics class path. */
    List<String> javaCommand(List<String> extraOptions, String mainClass) {
        List<String> command = jvm(extraOptions);
        command.add(mainClass);
        return command;
    }

    /** {@link #javaCommand} without its main class. */
    List<String> jvm(List<String> extraOptions) {
        Path home = analyticsHome();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(MODULE_OPTIONS);
        command.add("-Xmx" + settings.driverMemory());
        command.add("-Djava.awt.headless=true");
        command.addAll(extraOptions);
        if (settings.javaOptions() != null && !settings.javaOptions().isBlank()) {
            command.addAll(List.of(settings.javaOptions().trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(home.resolve("thidua-analytics.jar") + File.pathSeparator + home.resolve("lib") + File.separator + "*");
        return command;
    }

    /**
     * The class-data-sharing archive of the analytics build ({@link SparkClassArchive}), unless turned off or the
     * configured Java options already choose how classes are shared.
     */
    Optional<SparkClassArchive> classArchive() {
        String configured = settings.javaOptions() == null ? "" : settings.javaOptions();
        if (!settings.classArchive() || configured.contains("Xshare") || configured.contains("SharedArchiveFile")) {
            return Optional.empty();
        }
        try {
            return Optional.of(SparkClassArchive.of(analyticsHome()));
        } catch (IOException e) {
            log.warn("Không đọc được bản dựng analytics để dùng kho lớp Spark (CDS): {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The arguments of one run, the analytics module's command line. */
    List<String> runArguments(Path input, Path warehouse, int year, String runId) {
        return List.of("--input", input.toString(), "--warehouse", warehouse.toString(), "--year", Integer.toString(year),
                "--run-id", runId, "--master", settings.master(), "--keep", Integer.toString(settings.keepSnapshots()),
                "--shuffle-partitions", Integer.toString(settings.shufflePartitions()));
    }

    /** Below this export size a run is over in seconds: see {@link #shortRunOptions}. */
    static final long SMALL_EXPORT_BYTES = 64L << 20;

    /**
     * A provincial run is short, and most of a new JVM's CPU goes to work that pays off only in a long one.
     * The optimising compiler (C2) compiles code that never runs long enough to gain from it: with the client
     * compiler only the Spark job took 13,7–14,5 s instead of 18,6–20,7 s. G1's concurrent and parallel
     * collector threads compete with the two executor threads for two cores, for a heap that a short run
     * barely fills: with the serial collector the same job took 16,0–19,2 s (median of five 16,5 s) instead
     * of 19,1–22,5 s (21,2 s), alternating runs of one new JVM each on the sample export. A national export
     * keeps both compilers and G1 (the client compiler alone made it 40 % slower); configured options that
     * choose a compiler level or a collector win.
     */
    static List<String> shortRunOptions(Path input, String configured) {
        if (!isSmallExport(input)) {
            return List.of();
        }
        String chosen = configured == null ? "" : configured;
        List<String> options = new ArrayList<>();
        if (!choosesCompiler(chosen)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        // a collector is chosen by -XX:+Use<name>GC; -XX:+UseGCOverheadLimit and the like only tune one
        if (!chosen.matches("(?s).*-XX:\\+Use\\w+GC\\b.*")) {
            options.add("-XX:+UseSerialGC");
        }
        return options;
    }

    /** Configured Java options that say how HotSpot compiles ({@code -XX:±TieredCompilation}, a level): they win. */
    static boolean choosesCompiler(String configured) {
        return configured != null && (configured.contains("TieredCompilation") || configured.contains("TieredStopAtLevel"));
    }

    /** An export (its files, not its subfolders) under {@link #SMALL_EXPORT_BYTES}; false when it cannot be read. */
    static boolean isSmallExport(Path input) {
        long bytes = 0;
        try (var files = Files.list(input)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(f);
            }
        } catch (IOException e) {
            return false;
        }
        return bytes < SMALL_EXPORT_BYTES;
    }

    /** The analytics build: configured, or found beside this jar in the source tree ({@code analytics/target}). */
    Path analyticsHome() {
        List<Path> candidates = new ArrayList<>();
        if (settings.home() != null && !settings.home().toString().isBlank()) {
            candidates.add(settings.home());
        }
        try {
            Path jar = Path.of(SparkJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path base = Files.isDirectory(jar) ? jar : jar.getParent();
            candidates.add(base.resolve("../../analytics/target").normalize());
            candidates.add(base.resolve("../../../analytics/target").normalize());
        } catch (Exception e) {
            // no code source: rely on the configured home
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("thidua-analytics.jar")) && Files.isDirectory(candidate.resolve("lib"))) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Không tìm thấy bản dựng analytics (thidua-analytics.jar và lib/) ở " + candidates
                + "; hãy chạy ./mvnw package hoặc đặt thidua.analytics.home");
    }
}
