package vn.thidua.jobs.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.jobs.config.ThiduaProperties;

/**
 * The schedule's analytics driver: one analytics JVM ({@code AnalyticsService}) started with the schedule and
 * kept between runs, so a repeated run pays neither a JVM, nor a Spark session, nor a cold JIT. The two talk
 * over the service's stdin and stdout, one line each way (its log goes to this process's stderr).
 *
 * <p>A driver that dies during a run (killed, out of memory outside the heap, a JVM crash) is started again
 * and the run retried once under the same run id, on the same export: the analytics run removes what the
 * crashed attempt half wrote, so the retry equals a clean run. A run that fails in the ordinary way (bad
 * data) is not retried: it would fail again.
 *
 * <p>Its JVM compiles with HotSpot's optimising compiler only ({@link #compilerOptions}), and after its first run
 * of a small export it repeats that run in the background, never published ({@link DriverWarmUp}).
 */
public final class WarmSparkDriver implements AnalyticsDriver {

    static final String SERVICE_CLASS = "vn.thidua.analytics.serve.AnalyticsService";
    /** The service's answers (AnalyticsService.OK and FAILED, then a tab): the jobs module has no Spark to import them from. */
    private static final String OK = "OK\t";
    private static final String FAILED = "FAILED\t";
    private static final Logger log = LoggerFactory.getLogger(WarmSparkDriver.class);

    private final SparkJob jvm;
    private final ThiduaProperties.Analytics settings;
    private volatile Process process;
    private Writer requests;
    private BufferedReader answers;

    private final DriverWarmUp warmUp;
    /**
     * Held by a run, a warm-up repetition or close, one at a time. Fair: a run waiting while the warm-up thread
     * finishes a repetition goes next, instead of the warm-up taking the driver again at once (as a monitor lets it).
     */
    private final ReentrantLock turn = new ReentrantLock(true);
    private volatile boolean closed;

    public WarmSparkDriver(ThiduaProperties.Analytics settings) {
        this.settings = settings;
        this.jvm = new SparkJob(settings);
        this.warmUp = new DriverWarmUp(settings.warmUpRuns());
    }

    /** Starts the service now, so its session is up before the first run needs it. */
    public void start() throws IOException {
        turn.lock();
        try {
            startProcess();
        } finally {
            turn.unlock();
        }
    }

    private void startProcess() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        stopProcess(); // one that died between runs: its streams closed, the warm-up owed again
        // No short-run options here (SparkJob.shortRunOptions): a JVM that lives for many runs gains from the
        // optimising compiler, and with the serial collector its repeated runs were no faster (docs/benchmarks.md).
        List<String> options = new ArrayList<>(jvm.classArchive().map(SparkClassArchive::serviceOptions).orElse(List.of()));
        options.addAll(compilerOptions(settings.javaOptions()));
        List<String> command = jvm.javaCommand(options, SERVICE_CLASS);
        command.addAll(List.of("--master", settings.master()));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        log.info("Đã khởi động trình điều khiển Spark thường trực ({}), pid {}", settings.master(), process.pid());
    }

    /**
     * The optimising compiler only, unless the configured options choose how HotSpot compiles. With both compilers
     * a provincial run stayed at 5,7–6,8 s up to the 14th run in one JVM, HotSpot still recompiling ~1,500 methods
     * a run (the client compiler's profiled tiers, then the optimising one); with the optimising compiler alone the
     * first runs are slower (42 s instead of 27 s for the first) but runs 11–14 took 4,0–4,8 s (docs/benchmarks.md).
     * {@link DriverWarmUp} spends those first runs in the background.
     */
    static List<String> compilerOptions(String configured) {
        return SparkJob.choosesCompiler(configured) ? List.of() : List.of("-XX:-TieredCompilation");
    }

    @Override
    public void run(Path input, Path warehouse, int year, String runId) throws IOException, InterruptedException {
        Optional<Path> copy = warmUp.copyFor(input);
        boolean published = false;
        try {
            publish(input, warehouse, year, runId);
            published = true;
        } finally {
            if (copy.isPresent()) {
                if (published) {
                    warmUp.start(copy.get(), year, this::warmUpRun);
                } else {
                    warmUp.discard(copy.get());
                }
            }
        }
    }

    /**
     * Waits for the background repetitions after the first run ({@link DriverWarmUp}).
     *
     * @return how many succeeded (0 when none was started), or empty when they are still running
     */
    public OptionalInt awaitWarmUp(Duration timeout) throws InterruptedException {
        return warmUp.await(timeout);
    }

    /** One background repetition: like a run, but never retried, and refused once the driver is closing. */
    private void warmUpRun(Path input, Path warehouse, int year, String runId) throws IOException {
        turn.lock();
        try {
            if (closed) {
                throw new IOException("trình điều khiển đã dừng");
            }
            log.debug("Lần làm ấm {}: {}", runId, attempt(input, warehouse, year, runId));
        } catch (DriverDied e) {
            stopProcess();
            throw e;
        } finally {
            turn.unlock();
        }
    }

    private void publish(Path input, Path warehouse, int year, String runId) throws IOException {
        turn.lock();
        try {
            publishOnce(input, warehouse, year, runId);
        } finally {
            turn.unlock();
        }
    }

    private void publishOnce(Path input, Path warehouse, int year, String runId) throws IOException {
        try {
            log.info("{}", attempt(input, warehouse, year, runId));
        } catch (DriverDied first) {
            log.warn("Trình điều khiển Spark thường trực đã dừng giữa chừng ({}); khởi động lại và chạy lại lần {} một lần",
                    first.getMessage(), runId);
            stopProcess();
            try {
                log.info("{}", attempt(input, warehouse, year, runId));
            } catch (DriverDied second) {
                stopProcess();
                throw new IllegalStateException("Trình điều khiển Spark dừng hai lần liền (" + second.getMessage()
                        + "); kết quả đã công bố trước đó được giữ nguyên", second);
            }
        }
    }

    /** @return the service's summary of the run */
    private String attempt(Path input, Path warehouse, int year, String runId) throws IOException {
        startProcess();
        try {
            requests.write(String.join("\t", jvm.runArguments(input, warehouse, year, runId)) + "\n");
            requests.flush();
        } catch (IOException e) {
            throw new DriverDied("không gửi được yêu cầu: " + e.getMessage());
        }
        for (String line = answers.readLine(); line != null; line = answers.readLine()) {
            if (line.startsWith(OK)) {
                return line.substring(OK.length());
            }
            if (line.startsWith(FAILED)) {
                throw SparkJob.failed(Integer.parseInt(line.substring(FAILED.length()).strip()));
            }
            // READY, or anything else the service said before answering
        }
        throw new DriverDied("tiến trình kết thúc" + exitCode());
    }

    private String exitCode() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? " với mã " + process.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The service's pid while it runs (for the log, and for tests that kill it). */
    java.util.OptionalLong pid() {
        Process current = process;
        return current != null && current.isAlive() ? java.util.OptionalLong.of(current.pid()) : java.util.OptionalLong.empty();
    }

    /** End of stdin ends the service, which stops its session; a service that does not go is killed. */
    @Override
    public void close() {
        closed = true;
        warmUp.close();
        turn.lock(); // after a run or a repetition under way
        try {
            stopProcess();
        } finally {
            turn.unlock();
        }
    }

    private void stopProcess() {
        if (process == null) {
            return;
        }
        try {
            requests.close();
        } catch (IOException e) {
            // the process is gone already
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
        warmUp.rearm(); // the next JVM starts cold
    }

    /** The service went away without answering: the one case that is retried. */
    static final class DriverDied extends IOException {
        DriverDied(String message) {
            super(message);
        }
    }
}
