package vn.thidua.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemReader;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.intake.Inbox;
import vn.thidua.intake.InboxFile;

/**
 * Hands out the inbox files of a phase in arrival order, skipping every file whose SHA-256 is already
 * recorded. The database is the only state: after a crash, a restart sees exactly the files whose
 * transaction did not commit, so the reader keeps no restart state of its own.
 */
class InboxItemReader implements ItemReader<PendingFile> {

    private static final Logger log = LoggerFactory.getLogger(InboxItemReader.class);

    private final JdbcTemplate jdbc;
    private final Path data;
    private final int year;
    private final int phase;
    private Deque<PendingFile> pending;

    InboxItemReader(JdbcTemplate jdbc, Path data, int year, int phase) {
        this.jdbc = jdbc;
        this.data = data;
        this.year = year;
        this.phase = phase;
    }

    @Override
    public PendingFile read() throws IOException {
        if (pending == null) {
            pending = new ArrayDeque<>();
            int skipped = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (InboxFile file : Inbox.list(data, year, phase)) {
                String sha = sha256(file.path());
                Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM import_file WHERE sha256 = ?)",
                        Boolean.class, sha);
                // the same content twice (a file sent again under another name) is loaded once
                if (Boolean.TRUE.equals(known) || !seen.add(sha)) {
                    skipped++;
                } else {
                    pending.add(new PendingFile(file, sha));
                }
            }
            log.info("Inbox {} đợt {}: {} tệp mới, {} tệp đã nạp trước đó (bỏ qua)", year, phase, pending.size(), skipped);
        }
        return pending.poll();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
