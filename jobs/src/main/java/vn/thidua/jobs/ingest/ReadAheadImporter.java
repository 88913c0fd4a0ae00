package vn.thidua.jobs.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.ItemStream;
import vn.thidua.intake.FileImport;

/**
 * Hands the step its files already read, validated and rendered for COPY: a background thread prepares the
 * next files while the step writes the current ones. Parsing is Java work and writing is PostgreSQL work, so on two cores
 * they overlap instead of taking turns. Files still come out in arrival order (a correction is written
 * after what it corrects). Memory stays bounded whatever the inbox holds: the thread parses the next
 * file only while fewer than {@code maxFiles} parsed files holding fewer than {@code maxRows} rows wait.
 */
public class ReadAheadImporter implements ItemReader<PreparedFile>, ItemStream {

    private final ItemReader<PendingFile> files;
    private final Reading importer;
    private final ImportArchive archive;
    private final int maxFiles;
    private final long maxRows;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<PreparedFile> ready = new ArrayDeque<>();
    private long readyRows;
    private boolean finished;
    private Exception failure;
    private long rowsHandedOut;
    private ExecutorService parser;

    /** @param archive where each file is copied once read (also off the writer's path), null on a dry run */
    ReadAheadImporter(ItemReader<PendingFile> files, Reading importer, ImportArchive archive,
                      int maxFiles, long maxRows) {
        this.files = files;
        this.importer = importer;
        this.archive = archive;
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
        parser = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ingest-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        parser.execute(this::readAll);
    }

    @Override
    public PreparedFile read() throws Exception {
        lock.lock();
        try {
            while (ready.isEmpty() && !finished && failure == null) {
                changed.await();
            }
            if (!ready.isEmpty()) {
                PreparedFile file = ready.poll();
                readyRows -= file.file().rowsRead();
                rowsHandedOut += file.file().rowsRead();
                changed.signalAll();
                return file;
            }
            if (failure != null) {
                throw failure;
            }
            return null;
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

    private void readAll() {
        try {
            while (awaitRoom()) {
                PendingFile pending = files.read();
                if (pending == null) {
                    break;
                }
                PreparedFile file = readAndArchive(pending);
                lock.lock();
                try {
                    ready.add(file);
                    readyRows += file.file().rowsRead();
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
            finish(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(e);
        } catch (Exception e) {
            finish(e);
        }
    }

    /** Waits while enough parsed files wait; false once the step has closed the reader. */
    private boolean awaitRoom() throws InterruptedException {
        lock.lock();
        try {
            while (!ready.isEmpty() && (ready.size() >= maxFiles || readyRows >= maxRows)) {
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
            failure = e;
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
        if (parser != null) {
            parser.shutdownNow();
        }
        lock.lock();
        try {
            ready.clear();
            readyRows = 0;
        } finally {
            lock.unlock();
        }
    }
}
