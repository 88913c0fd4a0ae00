package vn.thidua.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a timed part's CPU went, from Linux's own per-thread and per-process counters ({@code /proc}): this
 * JVM's compiler threads (the JIT), its garbage collector threads, its other threads (reading, checking,
 * writing), the database server's processes ({@code postgres}: its backends, WAL writer, checkpointer, and
 * the backends that ended, which Linux adds to their parent's counters), this JVM's child processes that ended
 * and were waited for ({@code psql}, a one-off Spark JVM), and the whole machine. On a two-core machine the
 * parts compete for the same cores, so a wall time is only understood beside them. The JVM's total comes from
 * the process's counters, which keep the CPU of threads that ended; a compiler or collector thread that the
 * JVM stops between two snapshots moves its share into "other" (the total stays right). Read by hand because
 * no kept library reads per-thread CPU of a process and of its neighbours; elsewhere than Linux every figure
 * is NaN and the benchmark prints none.
 */
final class CpuMeter {

    /** Linux's USER_HZ: /proc reports CPU in these ticks on every architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path PROC = Path.of("/proc");

    record Snapshot(long wallNanos, double jit, double gc, double jvmOther, double postgres, double children, double machine) {
    }

    /** CPU seconds of each part between two snapshots, and the wall time. */
    record Spent(double wallSeconds, double jit, double gc, double jvmOther, double postgres, double children, double machine) {

        double jvm() {
            return jit + gc + jvmOther;
        }

        /** Every other process of the machine: a child that is still running (the warm Spark driver), and the rest. */
        double others() {
            return Math.max(0, machine - jvm() - postgres - children);
        }

        /** The share of the machine's cores that were busy. */
        double busy() {
            return machine / (wallSeconds * Runtime.getRuntime().availableProcessors());
        }

        boolean known() {
            return !Double.isNaN(jvmOther);
        }
    }

    private CpuMeter() {
    }

    static Snapshot now() {
        long wall = System.nanoTime();
        if (!Files.isDirectory(PROC.resolve("self/task"))) {
            return unknown(wall);
        }
        double jit = 0;
        double gc = 0;
        try (Stream<Path> threads = Files.list(PROC.resolve("self/task"))) {
            for (Path thread : threads.toList()) {
                String name = read(thread.resolve("comm"));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    jit += ticks(thread.resolve("stat")).ownSeconds();
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += ticks(thread.resolve("stat")).ownSeconds();
                }
            }
        } catch (IOException e) {
            return unknown(wall);
        }
        double postgres = 0;
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                if (read(process.resolve("comm")).equals("postgres")) {
                    Ticks ticks = ticks(process.resolve("stat"));
                    postgres += ticks.ownSeconds() + ticks.endedChildrenSeconds();
                }
            }
        } catch (IOException e) {
            postgres = Double.NaN;
        }
        // The process's own counters hold every thread's CPU, also of threads that ended (the readers of an ingest).
        Ticks self = ticks(PROC.resolve("self/stat"));
        return new Snapshot(wall, jit, gc, self.ownSeconds() - jit - gc, postgres, self.endedChildrenSeconds(), machineBusy());
    }

    private static Snapshot unknown(long wall) {
        return new Snapshot(wall, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Busy time of all cores (/proc/stat's first line: user to softirq, without idle and iowait), in seconds. */
    private static double machineBusy() {
        String[] cpu = read(PROC.resolve("stat")).lines().findFirst().orElse("").trim().split("\\s+");
        if (cpu.length < 8 || !cpu[0].equals("cpu")) {
            return Double.NaN;
        }
        long ticks = 0;
        for (int i = 1; i <= 7; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                ticks += Long.parseLong(cpu[i]);
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    static Spent between(Snapshot from, Snapshot to) {
        return new Spent((to.wallNanos() - from.wallNanos()) / 1e9, to.jit() - from.jit(), to.gc() - from.gc(),
                to.jvmOther() - from.jvmOther(), to.postgres() - from.postgres(), Math.max(0, to.children() - from.children()),
                to.machine() - from.machine());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException | RuntimeException e) {
            return ""; // the thread or process ended between the listing and the read
        }
    }

    /** A thread's or process's own CPU and that of its ended, waited-for children, in seconds. */
    private record Ticks(double ownSeconds, double endedChildrenSeconds) {
    }

    /**
     * utime + stime (fields 14 and 15) and cutime + cstime (16 and 17) of a /proc stat line, read once so that
     * both come from the same moment; the name before them is in parentheses and may hold spaces, so the fields
     * are counted after its closing one. A thread or process that ended meanwhile counts 0.
     */
    private static Ticks ticks(Path stat) {
        String line = read(stat);
        int close = line.lastIndexOf(')');
        if (close < 0) {
            return new Ticks(0, 0);
        }
        String[] fields = line.substring(close + 2).split(" ");
        return new Ticks((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND,
                (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND);
    }
}
