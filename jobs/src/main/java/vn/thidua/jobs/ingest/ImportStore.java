package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.ImportOutcome;
import vn.thidua.intake.InboxFile;
import vn.thidua.intake.Initiative;
import vn.thidua.intake.UnitFigures;
import vn.thidua.intake.problem.Problem;

/**
 * Writes one checked file inside the caller's transaction: the file record, upserted figures with an audit
 * row per changed value, initiatives and problems. Times come from the file (when it was received), not the
 * clock, so a crash and a re-run write the same rows as a clean run. Returns what it did, value by value,
 * for the clerk's report.
 */
class ImportStore {

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The file's summary and, for its report, every changed and kept value. */
    record Stored(ImportSummary summary, ImportOutcome outcome) {
    }

    /**
     * For the caller's transaction: not waiting for the WAL flush at commit is safe here, since a commit
     * lost in a crash only means its files are not recorded as loaded, so the restart reads them again
     * and writes the same rows.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.execute("SET LOCAL synchronous_commit = off");
    }

    Stored save(PreparedFile prepared, String archivePath) {
        FileImport file = prepared.file();
        InboxFile inbox = file.file();
        Timestamp received = Timestamp.from(inbox.receivedInstant());
        Long fileId = jdbc.queryForObject("INSERT INTO import_file (sha256, file_name, source_path, archive_path, year, phase,"
                        + " kind, received_at, received_time_known, late, status, error_code, error_message, rows_read)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                file.sha256(), inbox.fileName(), inbox.path().toString(), archivePath, inbox.year(), inbox.phase(),
                inbox.kind() == InboxFile.Kind.INITIATIVES ? "initiatives" : "submission",
                received, inbox.receivedTimeKnown(), file.late(),
                file.refused() ? "failed" : "loaded",
                file.refused() ? file.refusal().storedCode() : null, file.refused() ? file.refusal().message() : null,
                file.rowsRead());
        ImportOutcome outcome = inbox.kind() == InboxFile.Kind.INITIATIVES
                ? saveInitiatives(prepared, fileId) : saveFigures(prepared, fileId, received);
        saveProblems(file, fileId);
        int refusedRows = (int) file.refusedRows();
        int errors = (int) file.rowErrors();
        int warnings = (int) file.warnings();
        jdbc.update("UPDATE import_file SET imported = ?, updated = ?, unchanged = ?, rejected = ?, warnings = ? WHERE id = ?",
                outcome.imported(), outcome.updated(), outcome.unchanged(), refusedRows, warnings, fileId);
        ImportSummary summary = new ImportSummary(inbox.fileName(), file.refused() ? "failed" : "loaded", file.late(),
                file.rowsRead(), outcome.imported(), outcome.updated(), outcome.unchanged(), refusedRows, errors, warnings);
        return new Stored(summary, outcome);
    }

    private ImportOutcome saveFigures(PreparedFile prepared, long fileId, Timestamp received) {
        FileImport file = prepared.file();
        InboxFile inbox = file.file();
        Map<String, Map<String, BigDecimal>> existing = StoredFigures.load(jdbc, inbox.year(), inbox.phase(),
                file.rows().stream().map(UnitFigures::unitCode).toList());
        Set<String> columns = new HashSet<>(file.metricColumns());
        int[] inserts = new int[file.rows().size()]; // lines of units with no figures yet
        int insertCount = 0;
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> audits = new ArrayList<>();
        List<ImportOutcome.ValueChange> changes = new ArrayList<>();
        List<ImportOutcome.KeptValue> kept = new ArrayList<>();
        int unchanged = 0;
        for (int line = 0; line < file.rows().size(); line++) {
            UnitFigures row = file.rows().get(line);
            Map<String, BigDecimal> before = existing.get(row.unitCode());
            if (before == null) {
                inserts[insertCount++] = line;
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
                    changes.add(new ImportOutcome.ValueChange(row.unitCode(), value.getKey(), old, value.getValue()));
                    changed = true;
                }
            }
            new TreeMap<>(before).forEach((metric, value) -> {
                if (!row.figures().containsKey(metric)) {
                    kept.add(new ImportOutcome.KeptValue(row.unitCode(), metric, value, columns.contains(metric)));
                }
            });
            if (changed) {
                updates.add(new Object[] {json(merged), received, fileId, inbox.year(), inbox.phase(), row.unitCode()});
            } else {
                unchanged++;
            }
        }
        PgCopy.copyIn(jdbc, "unit_submission", CopyLines.SUBMISSION_COLUMNS, fileId, prepared.lines(),
                Arrays.copyOf(inserts, insertCount));
        jdbc.batchUpdate("UPDATE unit_submission SET figures = ?::jsonb, updated_at = ?, import_file_id = ?"
                + " WHERE year = ? AND phase = ? AND unit_code = ?", updates);
        jdbc.batchUpdate("INSERT INTO submission_audit (year, phase, unit_code, metric_code, old_value, new_value,"
                + " import_file_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", audits);
        return new ImportOutcome(insertCount, updates.size(), unchanged, changes, kept);
    }

    private ImportOutcome saveInitiatives(PreparedFile prepared, long fileId) {
        FileImport file = prepared.file();
        int rows = file.initiatives().size();
        // A register seen for the first time (the usual case) goes straight in with COPY; only one that
        // resends known initiatives takes the slower staged upsert below.
        List<String> ids = file.initiatives().stream().map(Initiative::id).toList();
        Boolean known = jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT EXISTS (SELECT 1 FROM initiative WHERE initiative_id = ANY (?))");
            ps.setArray(1, con.createArrayOf("text", ids.toArray()));
            return ps;
        }, rs -> rs.next() && rs.getBoolean(1));
        if (!Boolean.TRUE.equals(known)) {
            PgCopy.copyIn(jdbc, "initiative", CopyLines.INITIATIVE_COLUMNS, fileId, prepared.lines(), null);
            return new ImportOutcome(rows, 0, 0, List.of(), List.of());
        }
        // COPY into a session-local stage, then one upsert: a register can hold thousands of rows
        jdbc.execute("CREATE TEMP TABLE IF NOT EXISTS initiative_stage (LIKE initiative) ON COMMIT DELETE ROWS");
        // emptied per file too: a transaction holds several files, and an earlier register's rows must
        // not be upserted again (twice in one statement is an error when both name the same initiative)
        jdbc.execute("TRUNCATE initiative_stage");
        PgCopy.copyIn(jdbc, "initiative_stage", CopyLines.INITIATIVE_COLUMNS, fileId, prepared.lines(), null);
        // as for figures, a blank cell keeps what was stored (contract §2): it never erases an author, a date,
        // a level or a benefit; the required columns (unit, title, status) are never blank here
        jdbc.update("INSERT INTO initiative SELECT * FROM initiative_stage ON CONFLICT (initiative_id) DO UPDATE SET"
                + " year = EXCLUDED.year, phase = EXCLUDED.phase, unit_code = EXCLUDED.unit_code, title = EXCLUDED.title,"
                + " authors = COALESCE(NULLIF(EXCLUDED.authors, ''), initiative.authors),"
                + " field = COALESCE(NULLIF(EXCLUDED.field, ''), initiative.field),"
                + " registered_on = COALESCE(EXCLUDED.registered_on, initiative.registered_on),"
                + " status = EXCLUDED.status,"
                + " recognition_level = COALESCE(NULLIF(EXCLUDED.recognition_level, ''), initiative.recognition_level),"
                + " benefit_vnd = COALESCE(EXCLUDED.benefit_vnd, initiative.benefit_vnd),"
                + " import_file_id = EXCLUDED.import_file_id");
        return new ImportOutcome(rows, 0, 0, List.of(), List.of());
    }

    private void saveProblems(FileImport file, long fileId) {
        List<Object[]> rows = new ArrayList<>();
        for (Problem p : file.problems()) {
            rows.add(new Object[] {fileId, (p.isWarning() ? "warning" : "error").toLowerCase(Locale.ROOT), p.line(),
                    p.column(), p.unitCode(), p.storedCode(), p.message(), p.rawValue()});
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
