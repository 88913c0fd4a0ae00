package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one validated file inside the caller's transaction: the file record, upserted figures with
 * an audit row per changed value, initiatives and issues. Times come from the file (when it was
 * received), not the clock, so a crash and a re-run write the same rows as a clean run.
 */
class ImportStore {

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For the caller's transaction: not waiting for the WAL flush at commit is safe here, since a commit
     * lost in a crash only means its files are not recorded as loaded, so the restart reads them again
     * and writes the same rows.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.execute("SET LOCAL synchronous_commit = off");
    }

    ImportSummary save(FileImport file, String archivePath) {
        InboxFile inbox = file.file();
        Timestamp received = Timestamp.from(inbox.receivedAt().atZone(Inbox.ZONE).toInstant());
        Long fileId = jdbc.queryForObject("INSERT INTO import_file (sha256, file_name, source_path, archive_path, year, phase,"
                        + " kind, received_at, late, status, error_code, error_message, rows_read)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                file.sha256(), inbox.fileName(), inbox.path().toString(), archivePath, inbox.year(), inbox.phase(),
                inbox.kind() == InboxFile.Kind.INITIATIVES ? "initiatives" : "submission",
                received, file.late(),
                file.rejected() ? "failed" : "loaded",
                file.rejected() ? file.fileError().code() : null, file.rejected() ? file.fileError().getMessage() : null,
                file.rowsRead());
        Counts counts = file.file().kind() == InboxFile.Kind.INITIATIVES
                ? saveInitiatives(file, fileId) : saveFigures(file, fileId, received);
        saveIssues(file, fileId);
        int rejected = (int) file.errorRows();
        int warnings = (int) file.warnings();
        jdbc.update("UPDATE import_file SET imported = ?, updated = ?, unchanged = ?, rejected = ?, warnings = ? WHERE id = ?",
                counts.imported(), counts.updated(), counts.unchanged(), rejected, warnings, fileId);
        return new ImportSummary(inbox.fileName(), file.rejected() ? "failed" : "loaded", file.late(), file.rowsRead(),
                counts.imported(), counts.updated(), counts.unchanged(), rejected, warnings);
    }

    /** What happened to the rows of one file. */
    private record Counts(int imported, int updated, int unchanged) {
    }

    private Counts saveFigures(FileImport file, long fileId, Timestamp received) {
        InboxFile inbox = file.file();
        Map<String, Map<String, BigDecimal>> existing = StoredFigures.load(jdbc, inbox.year(), inbox.phase(),
                file.rows().stream().map(UnitFigures::unitCode).toList());
        List<Object[]> inserts = new ArrayList<>();
        String receivedText = received.toInstant().toString();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> audits = new ArrayList<>();
        int unchanged = 0;
        for (UnitFigures row : file.rows()) {
            Map<String, BigDecimal> before = existing.get(row.unitCode());
            if (before == null) {
                inserts.add(new Object[] {inbox.year(), inbox.phase(), row.unitCode(), json(row.figures()), receivedText,
                        file.late(), receivedText, fileId});
                continue;
            }
            // a blank cell in a correction keeps the earlier value: blank means "not in this file", not zero
            SortedMap<String, BigDecimal> merged = new TreeMap<>(before);
            boolean changed = false;
            for (Map.Entry<String, BigDecimal> value : row.figures().entrySet()) {
                BigDecimal old = before.get(value.getKey());
                if (old == null || old.compareTo(value.getValue()) != 0) {
                    merged.put(value.getKey(), value.getValue());
                    audits.add(new Object[] {inbox.year(), inbox.phase(), row.unitCode(), value.getKey(), old, value.getValue(),
                            fileId, received});
                    changed = true;
                }
            }
            if (changed) {
                updates.add(new Object[] {json(merged), received, fileId, inbox.year(), inbox.phase(), row.unitCode()});
            } else {
                unchanged++;
            }
        }
        PgCopy.copyIn(jdbc, "unit_submission", List.of("year", "phase", "unit_code", "figures", "submitted_at", "late",
                "updated_at", "import_file_id"), inserts);
        jdbc.batchUpdate("UPDATE unit_submission SET figures = ?::jsonb, updated_at = ?, import_file_id = ?"
                + " WHERE year = ? AND phase = ? AND unit_code = ?", updates);
        jdbc.batchUpdate("INSERT INTO submission_audit (year, phase, unit_code, metric_code, old_value, new_value,"
                + " import_file_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", audits);
        return new Counts(inserts.size(), updates.size(), unchanged);
    }

    private Counts saveInitiatives(FileImport file, long fileId) {
        InboxFile inbox = file.file();
        List<Object[]> rows = new ArrayList<>();
        for (Initiative i : file.initiatives()) {
            rows.add(new Object[] {i.id(), inbox.year(), inbox.phase(), i.unitCode(), i.title(), i.authors(), i.field(),
                    i.registeredOn() == null ? null : i.registeredOn().toString(), i.status(),
                    i.recognitionLevel(), i.benefitVnd(), fileId});
        }
        // A register seen for the first time (the usual case) goes straight in with COPY; only one that
        // resends known initiatives takes the slower staged upsert below.
        List<String> ids = file.initiatives().stream().map(Initiative::id).toList();
        Boolean known = jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT EXISTS (SELECT 1 FROM initiative WHERE initiative_id = ANY (?))");
            ps.setArray(1, con.createArrayOf("text", ids.toArray()));
            return ps;
        }, rs -> rs.next() && rs.getBoolean(1));
        if (!Boolean.TRUE.equals(known)) {
            PgCopy.copyIn(jdbc, "initiative", List.of("initiative_id", "year", "phase", "unit_code", "title", "authors", "field",
                    "registered_on", "status", "recognition_level", "benefit_vnd", "import_file_id"), rows);
            return new Counts(rows.size(), 0, 0);
        }
        // COPY into a session-local stage, then one upsert: a register can hold thousands of rows
        jdbc.execute("CREATE TEMP TABLE IF NOT EXISTS initiative_stage (LIKE initiative) ON COMMIT DELETE ROWS");
        // emptied per file too: a transaction holds several files, and an earlier register's rows must
        // not be upserted again (twice in one statement is an error when both name the same initiative)
        jdbc.execute("TRUNCATE initiative_stage");
        PgCopy.copyIn(jdbc, "initiative_stage", List.of("initiative_id", "year", "phase", "unit_code", "title", "authors", "field",
                "registered_on", "status", "recognition_level", "benefit_vnd", "import_file_id"), rows);
        jdbc.update("INSERT INTO initiative SELECT * FROM initiative_stage ON CONFLICT (initiative_id) DO UPDATE SET"
                + " year = EXCLUDED.year, phase = EXCLUDED.phase, unit_code = EXCLUDED.unit_code, title = EXCLUDED.title,"
                + " authors = EXCLUDED.authors, field = EXCLUDED.field, registered_on = EXCLUDED.registered_on,"
                + " status = EXCLUDED.status, recognition_level = EXCLUDED.recognition_level,"
                + " benefit_vnd = EXCLUDED.benefit_vnd, import_file_id = EXCLUDED.import_file_id");
        return new Counts(rows.size(), 0, 0);
    }

    private void saveIssues(FileImport file, long fileId) {
        List<Object[]> rows = new ArrayList<>();
        for (Issue issue : file.issues()) {
            rows.add(new Object[] {fileId, issue.severity().name().toLowerCase(java.util.Locale.ROOT), issue.lineNo(),
                    issue.column(), issue.unitCode(), issue.code(), issue.message(), issue.rawValue()});
        }
        jdbc.batchUpdate("INSERT INTO import_issue (import_file_id, severity, line_no, column_name, unit_code, error_code,"
                + " message, raw_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    static String json(SortedMap<String, BigDecimal> figures) {
        StringBuilder s = new StringBuilder("{");
        figures.forEach((code, value) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(code).append("\":").append(value.toPlainString());
        });
        return s.append('}').toString();
    }
}
