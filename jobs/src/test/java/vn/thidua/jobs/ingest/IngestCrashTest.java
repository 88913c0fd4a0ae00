package vn.thidua.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.jobs.database.EmbeddedDatabase;
import vn.thidua.sampledata.SampleDataGenerator;

/**
 * SIGKILL in the middle of an ingest, then a restart, gives the same database as a clean run, row for
 * row (generated ids and processing times aside). The ingest runs as a real separate process.
 */
class IngestCrashTest {

    private static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cache/thidua/postgres");

    @TempDir
    Path dir;

    @Test
    void aKilledIngestRestartedEqualsACleanRun() throws Exception {
        // given a data set large enough for a kill to land mid-run
        Path data = dir.resolve("data");
        SampleDataGenerator.generateNational(data, 7, 6_000);

        // when one run is killed after a few files and restarted, and another runs undisturbed
        Path crashed = dir.resolve("crashed");
        Process victim = ingest(data, crashed);
        int seen = waitForProgressLines(victim, 3);
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).as("progress lines before the kill").isEqualTo(3);
        assertThat(finish(ingest(data, crashed))).isZero();

        Path clean = dir.resolve("clean");
        assertThat(finish(ingest(data, clean))).isZero();

        // then
        Map<String, List<String>> afterCrash = tables(crashed);
        Map<String, List<String>> afterClean = tables(clean);
        assertThat(afterCrash.get("unit_submission")).isNotEmpty();
        assertThat(afterCrash).isEqualTo(afterClean);
    }

    private Process ingest(Path data, Path workdir) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.thidua.jobs.cli.ThiduaCli", "ingest",
                "--data", data.toString(), "--workdir", workdir.toString(), "--year", "2024", "--phase", "1"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int waitForProgressLines(Process process, int wanted) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int seen = 0;
        for (String line = out.readLine(); line != null && seen < wanted; line = out.readLine()) {
            if (line.contains("IngestProgress") && line.contains(" tệp, ")) {
                seen++;
            }
        }
        return seen;
    }

    private static int finish(Process process) throws Exception {
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    /** Each table as sorted text rows, without the columns that differ by nature (serial ids, clock times). */
    private static Map<String, List<String>> tables(Path workdir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(workdir.resolve("db"), BINARIES)) {
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            Map<String, String> queries = Map.of(
                    "import_file", "SELECT sha256, file_name, year, phase, kind, received_at, late, status, error_code, rows_read,"
                            + " imported, updated, unchanged, rejected, warnings FROM import_file",
                    "unit_submission", "SELECT s.year, s.phase, s.unit_code, s.figures::text, s.submitted_at, s.late, s.updated_at,"
                            + " f.sha256 FROM unit_submission s JOIN import_file f ON f.id = s.import_file_id",
                    "submission_audit", "SELECT a.year, a.phase, a.unit_code, a.metric_code, a.old_value, a.new_value, a.changed_at,"
                            + " f.sha256 FROM submission_audit a JOIN import_file f ON f.id = a.import_file_id",
                    "import_issue", "SELECT f.sha256, q.severity, q.line_no, q.column_name, q.unit_code, q.error_code, q.message,"
                            + " q.raw_value FROM import_issue q JOIN import_file f ON f.id = q.import_file_id",
                    "initiative", "SELECT i.initiative_id, i.year, i.phase, i.unit_code, i.title, i.status, i.benefit_vnd, f.sha256"
                            + " FROM initiative i JOIN import_file f ON f.id = i.import_file_id",
                    "reference", "SELECT (SELECT count(*) FROM org_unit) || '/' || (SELECT count(*) FROM target)");
            Map<String, List<String>> tables = new java.util.TreeMap<>();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<String> rows = new ArrayList<>(jdbc.query(q.getValue(), (rs, i) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.append(rs.getString(c)).append('|');
                    }
                    return row.toString();
                }));
                java.util.Collections.sort(rows);
                tables.put(q.getKey(), rows);
            }
            db.dataSource().close();
            return tables;
        }
    }
}
