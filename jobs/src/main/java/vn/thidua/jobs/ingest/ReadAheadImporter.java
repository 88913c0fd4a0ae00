package vn.thidua.jobs.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.ItemStream;
import vn.thidua.intake.FileImport;

/**
 * Hands the step its files already read, validated and rendered for COPY: background threads prepare the
 * next files while the step writes the current ones. Reading is Java work and writing is mostly PostgreSQL's,
 * so they overlap instead of taking turns; with one reading thread the writer still waited for it (measured
 * nationally: the reader ended a few milliseconds before the writer, which had waited 1–2 s for it), so
 * {@code readers} threads read files side by side. Files still come out in arrival order (a correction is
 * written after what it corrects), and a file that fails to read fails the step when its turn comes, after
 * the files before it. Memory stays bounded whatever the inbox holds: a new file is started only while fewer
 * than {@code maxFiles} files are waiting or being read and the waiting ones hold fewer than {@code maxRows}
 * rows.
 */
public class ReadAheadImporter implements ItemReader<PreparedFile>, ItemStream {

    private final ItemReader<PendingFile> files;
    private final Reading importer;
    private final ImportArchive archive;
    private final int readers;
    private final int maxFiles;
    private final long maxRows;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** In arrival order: files being read and files read, waiting for the step. */
    private final Deque<Slot> queue = new ArrayDeque<>();
    private int reading;
    private long readyRows;
    private boolean finished;
    private Exception listingFailure;
    private long rowsHandedOut;
    private ExecutorService dispatcher;
    private ExecutorService pool;

    /** One inbox file's place in the queue; filled by the thread that read it. */
    private static final class Slot {
        private PreparedFile file;
        private Exception failure;
        private boolean done;
    }

    /**
     * @param archive where each file is copied once read (also off the writer's path), null on a dry run
     * @param readers how many files are read at the same time
     */
    ReadAheadImporter(ItemReader<PendingFile> files, Reading importer, ImportArchive archive, int readers,
                      int maxFiles, long maxRows) {
        this.files = files;
        this.importer = importer;
        this.archive = archive;
        this.readers = readers;
        this.maxFiles = maxFiles;
        this.maxRows = maxRows;
    }

    /** Reads and checks one file (the intake's {@code FileImporter}). */
    @FunctionalInterface
    interface Reading {
        FileImport read(PendingFile pending) throws Exception;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        AtomicInteger number = new AtomicInteger();
        pool = Executors.newFixedThreadPool(readers, task -> daemon(task, "ingest-read-ahead-" + number.incrementAndGet()));
        dispatcher = Executors.newSingleThreadExecutor(task -> daemon(task, "ingest-read-ahead"));
        dispatcher.execute(this::dispatchAll);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public PreparedFile read() throws Exception {
        lock.lock();
        try {
            while (true) {
                Slot head = queue.peek();
                if (head != null && head.done) {
                    queue.poll();
                    changed.signalAll();
                    if (head.failure != null) {
                        throw head.failure;
                    }
                    readyRows -= head.file.file().rowsRead();
                    rowsHandedOut += head.file.file().rowsRead();
                    return head.file;
                }
                if (head == null && finished) {
                    if (listingFailure != null) {
                        throw listingFailure;
                    }
                    return null;
                }
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Rows of the files handed to the step so far: lets a transaction close early on large files. */
    public long rowsHandedOut() {
        lock.lock();
        try {
            return rowsHandedOut;
        } finally {
            lock.unlock();
        }
    }

    /** Lists the inbox (one thread: its reader is not shared) and starts each file on a reading thread. */
    private void dispatchAll() {
        try {
            while (awaitRoom()) {
                PendingFile pending = files.read();
                if (pending == null) {
                    break;
                }
                Slot slot = new Slot();
                lock.lock();
                try {
                    queue.add(slot);
                    reading++;
                } finally {
                    lock.unlock();
                }
                pool.execute(() -> readInto(slot, pending));
            }
            finish(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(e);
        } catch (Exception e) {
            finish(e);
        }
    }

    private void readInto(Slot slot, PendingFile pending) {
        PreparedFile file = null;
        Exception failure = null;
        try {
            file = readAndArchive(pending);
        } catch (Exception e) {
            failure = e;
        }
        lock.lock();
        try {
            slot.file = file;
            slot.failure = failure;
            slot.done = true;
            reading--;
            readyRows += file == null ? 0 : file.file().rowsRead();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits while every reading thread is busy or enough files wait; false once the step has closed the reader. */
    private boolean awaitRoom() throws InterruptedException {
        lock.lock();
        try {
            while (reading >= readers || (!queue.isEmpty() && (queue.size() >= maxFiles || readyRows >= maxRows))) {
                changed.await();
            }
            return !Thread.currentThread().isInterrupted();
        } finally {
            lock.unlock();
        }
    }

    private void finish(Exception e) {
        lock.lock();
        try {
            finished = true;
            listingFailure = e;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copying to the archive before the file's transaction commits is harmless: the copy is named by
     * checksum and replaced atomically, so a file read again after a crash lands on the same copy.
     */
    private PreparedFile readAndArchive(PendingFile pending) throws Exception {
        FileImport file = importer.read(pending);
        if (archive != null) {
            archive.copy(file);
        }
        return new PreparedFile(file, CopyLines.of(file));
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            dispatcher.shutdownNow();
            pool.shutdownNow();
        }
        lock.lock();
        try {
            queue.clear();
            readyRows = 0;
        } finally {
            lock.unlock();
        }
    }
}
