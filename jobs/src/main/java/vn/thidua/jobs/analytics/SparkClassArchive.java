package vn.thidua.jobs.analytics;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.jobs.config.ThiduaProperties;

/**
 * A class-data-sharing archive of the analytics JVM's classes (Java 17's AppCDS): the ~17,000 classes a run
 * loads, most of them Spark's, mapped from one file instead of being found, read, verified and parsed from
 * 300 jars at every start. A new analytics JVM on the sample took ~21 s with it instead of ~28 s
 * (docs/benchmarks.md); the schedule's warm driver starts with it too.
 *
 * <p>Made once per build of the analytics module and per JDK, from the classes a real run loaded: a run
 * without an archive records its class list ({@code -XX:DumpLoadedClassList}, no measurable cost); once it
 * has succeeded, a low-priority background JVM ({@code nice -n 19}, ~45 s of CPU) dumps the archive under a
 * temporary name and moves it into place when complete, so a run never sees half an archive. It lives beside
 * the build it was made from (the analytics home), named by a hash of the JDK and of every jar's name, size and
 * time: a rebuilt module or another JDK simply makes a new one. An archive the JVM finds stale or damaged is
 * ignored by the JVM itself ({@code -Xshare:auto}): a run is then slower, never different.
 *
 * <p>Written by hand because nothing else does it on Java 17: JDK 19's {@code -XX:+AutoCreateSharedArchive} is this
 * whole class in one option.
 */
public final class SparkClassArchive {

    private static final Logger log = LoggerFactory.getLogger(SparkClassArchive.class);
    /** A dump still marked as under way after this long is taken for dead (the machine stopped under it). */
    static final Duration DUMP_TAKEN_FOR_DEAD = Duration.ofMinutes(30);
    private static final String PREFIX = "spark-classes-";

    private final Path directory;
    private final String key;

    SparkClassArchive(Path directory, String key) {
        this.directory = directory;
        this.key = key;
    }

    /** The archive the analytics JVMs of these settings use, unless turned off (for the benchmarks, which wait for it). */
    public static Optional<SparkClassArchive> forSettings(ThiduaProperties.Analytics settings) {
        return new SparkJob(settings).classArchive();
    }

    /** The archive of the analytics build in {@code home} ({@code thidua-analytics.jar} and {@code lib/}), run by this JDK. */
    static SparkClassArchive of(Path home) throws IOException {
        List<Path> jars = new ArrayList<>(List.of(home.resolve("thidua-analytics.jar")));
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            lib.sorted().forEach(jars::add);
        }
        MessageDigest digest = sha256();
        digest.update((System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Path jar : jars) {
            digest.update((jar.getFileName() + "\t" + Files.size(jar) + "\t" + Files.getLastModifiedTime(jar).toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new SparkClassArchive(home, HexFormat.of().formatHex(digest.digest(), 0, 8));
    }

    Path archive() {
        return directory.resolve(PREFIX + key + ".jsa");
    }

    private Path classList() {
        return directory.resolve(PREFIX + key + ".classlist");
    }

    private Path recording(String runId) {
        return directory.resolve(PREFIX + key + "." + runId + ".classlist.part");
    }

    private Path dumpUnderWay() {
        return directory.resolve(PREFIX + key + ".dumping");
    }

    /**
     * What a run's JVM adds: the archive when it is there; else, when one can be made here, the request to
     * record the classes the run loads; else nothing.
     */
    List<String> runOptions(String runId) {
        if (isReady() || !canDump() || isDumping()) {
            return serviceOptions();
        }
        return List.of("-XX:DumpLoadedClassList=" + recording(runId));
    }

    /** What a long-lived JVM adds: the archive when it is there (it records nothing: it never ends a run). */
    List<String> serviceOptions() {
        return isReady() ? List.of("-XX:SharedArchiveFile=" + archive()) : List.of();
    }

    /** Whether the archive of this build is there (complete: it is moved into place only once dumped). */
    public boolean isReady() {
        return Files.isRegularFile(archive());
    }

    /**
     * After a run: a failed run's class list is dropped; a successful run's becomes the list the archive is
     * dumped from, in the background.
     *
     * @param jvm {@code java}, the run's JVM options and its class path: the dump must see the classes the run saw
     */
    void afterRun(String runId, boolean succeeded, List<String> jvm) {
        Path recorded = recording(runId);
        if (!Files.isRegularFile(recorded)) {
            return;
        }
        try {
            // claimed before the list is replaced: a dump of another run may be reading it
            if (!succeeded || isReady() || !claimDump()) {
                Files.deleteIfExists(recorded);
                return;
            }
            try {
                move(recorded, classList());
                startDump(jvm);
            } catch (IOException e) {
                Files.deleteIfExists(dumpUnderWay()); // no dump started: the next run may try again
                throw e;
            }
        } catch (IOException e) {
            // the archive only saves time: a run never fails for it
            log.warn("Không chuẩn bị được kho lớp Spark (CDS) ở {}: {}", directory, e.getMessage());
        }
    }

    /**
     * The dump, once claimed, in a low-priority process that outlives this JVM; {@link #awaitArchive} waits for it.
     * Not {@code -XX:ArchiveClassesAtExit} on the run itself: that dumps at the end of the run, which then took
     * 65 s instead of 26 s on the sample.
     */
    private void startDump(List<String> jvm) throws IOException {
        removeOtherBuilds();
        Path partial = directory.resolve(PREFIX + key + ".jsa.part");
        List<String> dump = new ArrayList<>(jvm);
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList(), "-XX:SharedArchiveFile=" + partial));
        // sh moves the archive into place and clears the mark after the dump, even when this JVM has ended by then
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "nice -n 19 \"$@\" && mv -f \"$THIDUA_PARTIAL\" \"$THIDUA_ARCHIVE\"; rm -f \"$THIDUA_PARTIAL\" \"$THIDUA_MARK\"", "sh"));
        command.addAll(dump);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(PREFIX + key + ".log").toFile());
        builder.environment().put("THIDUA_PARTIAL", partial.toString());
        builder.environment().put("THIDUA_ARCHIVE", archive().toString());
        builder.environment().put("THIDUA_MARK", dumpUnderWay().toString());
        builder.start();
        log.info("Đang chuẩn bị kho lớp Spark (CDS) trong nền, một lần cho bản dựng này: các lần phân tích sau khởi động nhanh hơn ({})",
                archive());
    }

    /** Waits until the archive is there or no dump is under way; true when the archive is there. */
    public boolean awaitArchive(Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (!isReady() && isDumping() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        return isReady();
    }

    private boolean canDump() {
        return File.separatorChar == '/' && Files.isWritable(directory);
    }

    private boolean isDumping() {
        try {
            return Files.isRegularFile(dumpUnderWay())
                    && Files.getLastModifiedTime(dumpUnderWay()).toInstant().isAfter(Instant.now().minus(DUMP_TAKEN_FOR_DEAD));
        } catch (IOException e) {
            return false;
        }
    }

    /** One dump at a time: the mark is created atomically; a dead dump's old mark is taken over. */
    private boolean claimDump() throws IOException {
        if (isDumping()) {
            return false;
        }
        Files.deleteIfExists(dumpUnderWay());
        try {
            Files.createFile(dumpUnderWay());
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** The archives of earlier builds are of no use (the JVM would refuse them) and are large. */
    private void removeOtherBuilds() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                    && !f.getFileName().toString().startsWith(PREFIX + key)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
