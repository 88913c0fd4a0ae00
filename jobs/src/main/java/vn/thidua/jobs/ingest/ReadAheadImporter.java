package vn.thidua.jobs.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.ItemStream;

/**
 * Hands the step its files already read and validated: a background thread parses the next few files
 * while the step writes the current ones. Parsing is Java work and writing is PostgreSQL work, so on
 * two cores they overlap instead of taking turns. Files still come out in arrival order (a correction
 * is written after what it corrects), and at most {@code window} parsed files wait in memory.
 */
class ReadAheadImporter implements ItemReader<FileImport>, ItemStream {

    private final ItemReader<PendingFile> files;
    private final ItemProcessor<PendingFile, FileImport> importer;
    private final ImportArchive archive;
    private final int window;
    private final Deque<Future<FileImport>> ahead = new ArrayDeque<>();
    private ExecutorService parser;
    private boolean exhausted;

    /** @param archive where each file is copied once read (also off the writer's path), null on a dry run */
    ReadAheadImporter(ItemReader<PendingFile> files, ItemProcessor<PendingFile, FileImport> importer, ImportArchive archive, int window) {
        this.files = files;
        this.importer = importer;
        this.archive = archive;
        this.window = window;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        parser = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ingest-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public FileImport read() throws Exception {
        fill();
        Future<FileImport> next = ahead.poll();
        if (next == null) {
            return null;
        }
        FileImport file;
        try {
            file = next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        fill();
        return file;
    }

    private void fill() throws Exception {
        while (!exhausted && ahead.size() < window) {
            PendingFile pending = files.read();
            if (pending == null) {
                exhausted = true;
            } else {
                ahead.add(parser.submit(() -> readAndArchive(pending)));
            }
        }
    }

    /**
     * Copying to the archive before the file's transaction commits is harmless: the copy is named by
     * checksum and replaced atomically, so a file read again after a crash lands on the same copy.
     */
    private FileImport readAndArchive(PendingFile pending) throws Exception {
        FileImport file = importer.process(pending);
        if (archive != null) {
            archive.copy(file);
        }
        return file;
    }

    @Override
    public void close() {
        if (parser != null) {
            parser.shutdownNow();
        }
        ahead.clear();
    }
}
