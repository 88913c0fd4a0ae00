package vn.thidua.dashboards.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes a site directory all at once: the files are written into a temporary directory beside the
 * target and moved into place only when complete, so a failed render leaves the previous site intact.
 * Replacing a directory takes two renames (old away, new in); in between, for a moment, there is none.
 */
public final class SiteWriter {

    /** Marks a directory as ours: only such a directory (or an empty one) is ever replaced. */
    public static final String MARKER = ".thidua-dashboard";

    private SiteWriter() {
    }

    public static void publish(Path outDir, Consumer<Path> writeFiles) {
        publish(outDir, MARKER, writeFiles);
    }

    /**
     * @param marker the file that marks the directory as written by this kind of output (dashboard, report):
     *               each replaces only its own kind, or an empty directory
     */
    public static void publish(Path outDir, String marker, Consumer<Path> writeFiles) {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        checkReplaceable(target, marker);
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + name + ".tmp-");
            makeReadable(tmp);
            writeFiles.accept(tmp);
            Files.writeString(tmp.resolve(marker), "thidua " + marker.substring(1) + "\n");
            swap(tmp, target, parent.resolve("." + name + ".old-" + System.nanoTime()));
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish the dashboard to " + target, e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Refuses to replace a directory that holds anything but an earlier dashboard: --out may be mistyped. */
    static void checkReplaceable(Path target, String marker) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalStateException(target + " là một tệp, không phải thư mục. / is a file, not a directory.");
        }
        if (Files.exists(target.resolve(marker))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new IllegalStateException("Thư mục " + target + " đã có nội dung khác nên không bị ghi đè. / "
                        + target + " is not empty and was not written by thidua: refusing to replace it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swap(Path tmp, Path target, Path old) throws IOException {
        boolean hadOld = Files.exists(target);
        if (hadOld) {
            move(target, old);
        }
        try {
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            if (hadOld) {
                move(old, target); // put the previous site back
            }
            throw e;
        }
        if (hadOld) {
            deleteRecursively(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /** createTempDirectory makes it rwx------; a web server serving the site must be able to read it. */
    private static void makeReadable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: permissions are inherited from the parent, nothing to do
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (RuntimeException e) {
            // the render's own failure is what the caller must see; a stray temp dir is only litter
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
