package vn.thidua.jobs.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.warehouse.Warehouse;

/**
 * Repeats the warm driver's first run of a small export in the background, into a scratch warehouse that is
 * never published, so that the schedule's later runs find Spark's code compiled. The warm driver's JVM uses
 * the optimising compiler only ({@link WarmSparkDriver#compilerOptions}); it compiles Spark's code slowly,
 * over some twenty provincial runs, and would otherwise reach its speed only after weeks of nightly runs
 * (measured in docs/benchmarks.md: runs 11–14 4,0–4,8 s, against 5,7–6,8 s with both compilers).
 *
 * <p>Each repetition takes the driver's turn like a real run (a fair lock), so a real run arriving meanwhile
 * waits for at most one repetition (a few seconds for a provincial export) and then runs alone. A driver JVM
 * started again after dying is cold again, and its next small export is repeated again. A national export is never repeated:
 * each repetition would cost minutes of both cores.
 */
final class DriverWarmUp implements AutoCloseable {

    /** One repetition: the driver's run on the scratch copy. */
    interface Run {
        void run(Path input, Path warehouse, int year, String runId) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(DriverWarmUp.class);

    private final int repetitions;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "thidua-warm-up");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closing;
    private boolean copied;
    private Future<Integer> started;

    DriverWarmUp(int repetitions) {
        this.repetitions = repetitions;
    }

    /**
     * A copy of this export for the repetitions, made before the run (which removes its export once published);
     * empty unless this is the first small export to run.
     */
    synchronized Optional<Path> copyFor(Path input) {
        if (copied || repetitions <= 0 || closing || !SparkJob.isSmallExport(input)) {
            return Optional.empty();
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("thidua-warm-up-");
            Path copy = Files.createDirectories(scratch.resolve("input"));
            try (Stream<Path> files = Files.list(input)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
            copied = true;
            return Optional.of(scratch);
        } catch (IOException e) {
            log.warn("Không làm ấm được trình điều khiển Spark (không chép được dữ liệu xuất): {}", e.getMessage());
            if (scratch != null) {
                delete(scratch);
            }
            return Optional.empty();
        }
    }

    /** Starts the repetitions on the copy, once its run has published. */
    synchronized void start(Path scratch, int year, Run driver) {
        if (closing) {
            delete(scratch);
            return;
        }
        log.info("Làm ấm trình điều khiển Spark: chạy lại lần phân tích vừa rồi {} lần trong nền, không công bố,"
                + " để các lần sau nhanh hơn", repetitions);
        try {
            started = thread.submit(() -> repeat(scratch, year, driver));
        } catch (RejectedExecutionException e) {
            delete(scratch);
        }
    }

    /** The copy's run failed: the next small export gets the repetitions instead. */
    synchronized void discard(Path scratch) {
        copied = false;
        delete(scratch);
    }

    /** The driver's JVM was started again, cold: its next small export gets the repetitions again. */
    synchronized void rearm() {
        if (started == null || started.isDone()) {
            copied = false;
            started = null;
        }
    }

    private int repeat(Path scratch, int year, Run driver) {
        long began = System.nanoTime();
        int done = 0;
        try {
            for (int i = 1; i <= repetitions && !closing; i++) {
                driver.run(scratch.resolve("input"), scratch.resolve("warehouse"), year, "warm-up-" + i);
                done++;
            }
            log.info("Đã làm ấm trình điều khiển Spark: {} lần trong {} s", done, (System.nanoTime() - began) / 1_000_000_000);
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                log.warn("Dừng làm ấm trình điều khiển Spark sau {} lần: {}", done, e.getMessage());
            }
        } finally {
            delete(scratch);
        }
        return done;
    }

    /**
     * Waits for the repetitions to end (the benchmark times repeated runs after them).
     *
     * @return how many succeeded (0 when none was started), or empty when they are still running
     */
    OptionalInt await(Duration timeout) throws InterruptedException {
        Future<Integer> running;
        synchronized (this) {
            running = started;
        }
        if (running == null) {
            return OptionalInt.of(0);
        }
        try {
            return OptionalInt.of(running.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return OptionalInt.empty();
        } catch (ExecutionException e) {
            return OptionalInt.of(0); // repeat() catches its own failures; this is not expected
        }
    }

    /** No repetition starts after this; one under way ends with the driver's own end. */
    @Override
    public synchronized void close() {
        closing = true;
        thread.shutdown();
    }

    private static void delete(Path dir) {
        try {
            Warehouse.deleteTree(dir);
        } catch (IOException e) {
            log.warn("Không xóa được thư mục làm ấm {}: {}", dir, e.getMessage());
        }
    }
}
