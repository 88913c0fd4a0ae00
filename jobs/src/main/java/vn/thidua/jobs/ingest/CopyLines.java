package vn.thidua.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.InboxFile;
import vn.thidua.intake.Initiative;
import vn.thidua.intake.UnitFigures;

/**
 * One file's accepted rows as lines of PostgreSQL COPY csv, rendered on the read-ahead thread: the writer,
 * which holds the transaction, then only streams bytes while PostgreSQL stores them, instead of rendering
 * text on the one thread that PostgreSQL waits for. Every column but the import file's id, which exists
 * only inside the writer's transaction: it is the first column of the COPY and {@link PgCopy} puts it before
 * each line.
 *
 * @param lines UTF-8 lines, one per row of {@link FileImport#rows()} or {@link FileImport#initiatives()}; one
 *              array each rather than one for the file, which would be copied as it grows and held twice
 */
record CopyLines(byte[][] lines) {

    /** unit_submission's columns after import_file_id, in the order of the lines. */
    static final List<String> SUBMISSION_COLUMNS = List.of("year", "phase", "unit_code", "figures", "submitted_at", "late",
            "updated_at");
    /** initiative's columns after import_file_id, in the order of the lines. */
    static final List<String> INITIATIVE_COLUMNS = List.of("initiative_id", "year", "phase", "unit_code", "title", "authors",
            "field", "registered_on", "status", "recognition_level", "benefit_vnd");

    static CopyLines of(FileImport file) {
        InboxFile inbox = file.file();
        Lines lines;
        if (inbox.kind() == InboxFile.Kind.INITIATIVES) {
            lines = new Lines(file.initiatives().size());
            for (Initiative i : file.initiatives()) {
                lines.add(i.id(), inbox.year(), inbox.phase(), i.unitCode(), i.title(), i.authors(), i.field(),
                        i.registeredOn() == null ? null : i.registeredOn().toString(), i.status(), i.recognitionLevel(),
                        i.benefitVnd());
            }
        } else {
            lines = new Lines(file.rows().size());
            // the time the federation received the file, as ImportStore stores it in import_file
            String received = inbox.receivedInstant().toString();
            for (UnitFigures row : file.rows()) {
                lines.add(inbox.year(), inbox.phase(), row.unitCode(), ImportStore.json(row.figures()), received, file.late(),
                        received);
            }
        }
        return lines.done();
    }

    int size() {
        return lines.length;
    }

    /** Renders rows one by one: fields joined by commas, text quoted, null as an unquoted empty field. */
    private static final class Lines {
        private final StringBuilder line = new StringBuilder(256);
        private final byte[][] lines;
        private int count;

        Lines(int rows) {
            lines = new byte[rows][];
        }

        void add(Object... fields) {
            line.setLength(0);
            for (int i = 0; i < fields.length; i++) {
                line.append(',');
                Object v = fields[i];
                if (v == null) {
                    continue; // an unquoted empty field is NULL in COPY's csv format
                }
                if (v instanceof java.math.BigDecimal d) {
                    line.append(d.toPlainString());
                } else if (v instanceof Number || v instanceof Boolean) {
                    line.append(v);
                } else {
                    String text = v.toString();
                    line.append('"').append(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\"")).append('"');
                }
            }
            line.append('\n');
            // the leading comma stays: it separates the import file's id that PgCopy writes before the line
            lines[count++] = line.toString().getBytes(StandardCharsets.UTF_8);
        }

        CopyLines done() {
            return new CopyLines(lines);
        }
    }
}
