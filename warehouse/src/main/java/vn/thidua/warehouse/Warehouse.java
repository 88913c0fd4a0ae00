package vn.thidua.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The warehouse folder (contract §4): {@code staging/<run>} while a run works, {@code snapshots/<run>} once
 * complete, {@code current} → the published one, swapped with one {@code rename(2)} so a reader sees the old
 * snapshot or the new one, never half of one; {@code evaluation/<snapshot-id>} beside it (§5). Every module
 * finds {@code current} and names runs through this class.
 */
public final class Warehouse {

    public static final String CURRENT = "current";
    public static final String SNAPSHOTS = "snapshots";
    public static final String STAGING = "staging";
    public static final String EVALUATION = "evaluation";
    public static final String MANIFEST = "manifest.json";

    /** Run ids are the UTC start time; they sort in time order. */
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;

    public Warehouse(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path staging(String runId) {
        return root.resolve(STAGING).resolve(runId);
    }

    public Path snapshot(String runId) {
        return root.resolve(SNAPSHOTS).resolve(runId);
    }

    /** Where the year-end evaluation of a snapshot is written (contract §5). */
    public Path evaluation(String snapshotId) {
        return root.resolve(EVALUATION).resolve(snapshotId);
    }

    /**
     * The published snapshot's real directory: {@code current} is followed once, so a run published while
     * a reader works cannot mix two snapshots.
     */
    public Path current() {
        Path current = root.resolve(CURRENT);
        if (!Files.exists(current)) {
            throw new SnapshotNotFoundException("Chưa có số liệu phân tích đã công bố trong " + root
                    + ": hãy chạy ./thidua analyze trước.");
        }
        try {
            Path dir = current.toRealPath();
            if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                throw new SnapshotNotFoundException("Bản công bố " + dir + " thiếu manifest.json.");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được " + current, e);
        }
    }

    /** A snapshot directory given directly, or the current one of a warehouse folder. */
    public static Path snapshotOf(Path warehouseOrSnapshot) {
        if (Files.isRegularFile(warehouseOrSnapshot.resolve(MANIFEST))) {
            return warehouseOrSnapshot.toAbsolutePath().normalize();
        }
        return new Warehouse(warehouseOrSnapshot).current();
    }

    /** The requested run id (never one already published), or a new UTC timestamp, suffixed if taken. */
    public String newRunId(String requested, Instant now) {
        if (requested != null) {
            if (Files.exists(snapshot(requested), LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("Đã có bản công bố mang mã " + requested + " (" + snapshot(requested) + ")");
            }
            return requested;
        }
        String base = RUN_ID.format(now);
        String id = base;
        for (int n = 2; taken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return Files.exists(snapshot(id), LinkOption.NOFOLLOW_LINKS) || Files.exists(staging(id), LinkOption.NOFOLLOW_LINKS);
    }

    /** The run id {@code current} points at, if any. */
    public Optional<String> currentRunId() {
        Path current = root.resolve(CURRENT);
        try {
            if (!Files.isSymbolicLink(current)) {
                return Optional.empty();
            }
            return Optional.of(Files.readSymbolicLink(current).getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * staging/&lt;run&gt; → snapshots/&lt;run&gt;, then swaps {@code current} to it. The layout needs a POSIX
     * filesystem (rename and symlink with java.nio); a failure leaves {@code current} as it was.
     */
    public void publish(String runId) throws IOException {
        Path snapshot = snapshot(runId);
        Path current = root.resolve(CURRENT);
        Files.createDirectories(snapshot.getParent());
        Files.move(staging(runId), snapshot, StandardCopyOption.ATOMIC_MOVE);
        Path link = root.resolve(".current-" + runId + ".tmp");
        try {
            Files.deleteIfExists(link);
            // Relative target: the warehouse stays valid when it is mounted or copied elsewhere.
            Files.createSymbolicLink(link, root.relativize(snapshot));
            if (Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(current)) {
                throw new IllegalStateException(current + " đã có và không phải liên kết; không thay thế");
            }
            // rename(2) replaces the old link in one step: readers see the old or the new snapshot, never none.
            Files.move(link, current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(link);
            deleteTree(snapshot); // not current: leave nothing half-published behind
            throw e;
        }
    }

    /** Removes a failed run's staging directory; {@code current} was never touched. */
    public void discard(String runId) {
        try {
            deleteTree(staging(runId));
        } catch (IOException e) {
            // a leftover staging directory is harmless: it is never published
        }
    }

    /**
     * Deletes the oldest snapshots so that {@code keep} remain; the current one is never deleted. Age is the
     * snapshot's manifest time, because run ids given on the command line need not sort.
     */
    public List<String> prune(int keep) throws IOException {
        Path snapshots = root.resolve(SNAPSHOTS);
        if (!Files.isDirectory(snapshots)) {
            return List.of();
        }
        String current = currentRunId().orElse(null);
        List<Path> others;
        try (Stream<Path> list = Files.list(snapshots)) {
            others = new ArrayList<>(list.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals(current)).toList());
        }
        others.sort(Comparator.comparing(Warehouse::publishedAt).thenComparing(Path::toString).reversed());
        int room = Math.max(0, current == null ? keep : keep - 1);
        List<String> deleted = new ArrayList<>();
        for (Path snapshot : others.subList(Math.min(room, others.size()), others.size())) {
            deleteTree(snapshot);
            deleted.add(snapshot.getFileName().toString());
        }
        return deleted;
    }

    private static FileTime publishedAt(Path snapshot) {
        try {
            Path manifest = snapshot.resolve(MANIFEST);
            return Files.getLastModifiedTime(Files.exists(manifest) ? manifest : snapshot);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Replaces a directory with a freshly written one next to it (evaluation reruns, rendered sites). */
    public static void replaceDirectory(Path written, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}
