package vn.thidua.analytics.publish;

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

import vn.thidua.analytics.AnalyticsException;

/**
 * The published warehouse of contract §4: a run writes under staging/, is renamed into snapshots/,
 * and only then does the {@code current} symlink move, by rename(2), so a reader always sees one
 * whole snapshot. The layout needs a POSIX filesystem shared by the driver (rename and symlink are
 * done here with java.nio, not through Spark).
 */
public final class Warehouse {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;

    public Warehouse(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path staging(String runId) {
        return root.resolve("staging").resolve(runId);
    }

    public Path snapshot(String runId) {
        return root.resolve("snapshots").resolve(runId);
    }

    public Path current() {
        return root.resolve("current");
    }

    /** The requested run id (never one already published), or a new UTC timestamp, suffixed if taken. */
    public String runId(String requested, Instant now) {
        if (requested != null) {
            if (Files.exists(snapshot(requested), LinkOption.NOFOLLOW_LINKS)) {
                throw new AnalyticsException("run " + requested + " is already published in " + snapshot(requested));
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
        try {
            if (!Files.isSymbolicLink(current())) {
                return Optional.empty();
            }
            return Optional.of(Files.readSymbolicLink(current()).getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** staging/&lt;run&gt; → snapshots/&lt;run&gt;, then swaps {@code current} to it. */
    public void publish(String runId) throws IOException {
        Path snapshot = snapshot(runId);
        Files.createDirectories(snapshot.getParent());
        Files.move(staging(runId), snapshot, StandardCopyOption.ATOMIC_MOVE);
        Path link = root.resolve(".current-" + runId + ".tmp");
        try {
            Files.deleteIfExists(link);
            // Relative target: the warehouse stays valid when it is mounted or copied elsewhere.
            Files.createSymbolicLink(link, root.relativize(snapshot));
            if (Files.exists(current(), LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(current())) {
                throw new AnalyticsException(current() + " exists and is not a symlink; not replacing it");
            }
            // rename(2) replaces the old link in one step: readers see the old or the new snapshot, never none.
            Files.move(link, current(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(link);
            deleteTree(snapshot); // not current: leave nothing half-published behind
            throw e;
        }
    }

    /** Removes the staging directory of a failed run. */
    public void discard(String runId) {
        try {
            deleteTree(staging(runId));
        } catch (IOException e) {
            System.err.println("analytics: could not remove " + staging(runId) + ": " + e.getMessage());
        }
    }

    /**
     * Deletes the oldest snapshots so that {@code keep} remain; the current one is never deleted.
     * Age is the snapshot's manifest time, because run ids given on the command line need not sort.
     */
    public List<String> prune(int keep) throws IOException {
        Path snapshots = root.resolve("snapshots");
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
            Path manifest = snapshot.resolve("manifest.json");
            return Files.getLastModifiedTime(Files.exists(manifest) ? manifest : snapshot);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
