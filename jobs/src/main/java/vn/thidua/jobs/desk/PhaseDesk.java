package vn.thidua.jobs.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.forms.missing.MissingWorkbook;
import vn.thidua.forms.missing.ReportingFacts;
import vn.thidua.forms.reminder.ReminderDue;
import vn.thidua.forms.reminder.ReminderFiles;
import vn.thidua.forms.reminder.Reminders;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Roster;
import vn.thidua.forms.roster.Unit;
import vn.thidua.forms.template.PhaseForms;
import vn.thidua.forms.template.TemplateFiles;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.jobs.config.SetupException;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.ingest.IntakeCatalogues;

/**
 * The clerk's desk over the database: the reference tables and each unit's state of a phase, handed to the
 * {@code forms} module, which decides everything (who is expected, what a template holds, what a reminder
 * says). Files go under {@code <workdir>/desk/<year>/phase-<n>/} unless a folder is given.
 */
@Component
public class PhaseDesk {

    private final JdbcTemplate jdbc;
    private final ThiduaProperties properties;

    public PhaseDesk(JdbcTemplate jdbc, ThiduaProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Path folder(int year, int phase) {
        return properties.workdir().resolve("desk").resolve(String.valueOf(year)).resolve("phase-" + phase);
    }

    /** Federations first in their official kind (territorial, then sector unions), each kind by code. */
    public Roster roster() {
        return new Roster(jdbc.query("SELECT code, name, parent_code, level, opened_on, closed_on FROM org_unit"
                + " ORDER BY level, type = 'cong_doan_nganh', code", (rs, i) -> new Unit(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), date(rs.getDate(5)), date(rs.getDate(6)))));
    }

    public PhaseForms forms(int year, int phase) {
        IntakeCatalogue catalogue = IntakeCatalogues.load(jdbc, year, phase);
        if (catalogue.version() == null) {
            throw new SetupException("Chưa nạp danh mục chỉ tiêu vào CSDL: hãy chạy ./thidua reference trước.");
        }
        return new PhaseForms(catalogue, roster(), properties.intake().contact());
    }

    /** @param federation one federation's code, or null for every federation open during the phase */
    public List<Path> templates(int year, int phase, String federation, Path out) throws IOException {
        PhaseForms forms = forms(year, phase);
        List<Federation> federations = forms.roster().federations(forms.phase());
        if (federation != null) {
            federations = List.of(forms.roster().federation(federation, forms.phase()).orElseThrow(() ->
                    new UnknownFederationException(federation, year, phase,
                            forms.roster().federations(forms.phase()).stream().map(Federation::code).toList())));
        }
        return TemplateFiles.write(forms, federations, out);
    }

    public MissingList missing(int year, int phase, LocalDate today) {
        IntakeCatalogue.Phase calendar = IntakeCatalogues.load(jdbc, year, phase).phase();
        return MissingList.of(roster(), calendar, facts(year, phase), today);
    }

    /**
     * The reporting terms as the analytics export reads them: a unit reported when it has accepted figures
     * ({@code unit_submission}), late by that row's flag; refused when a row of a file of the phase named it.
     */
    ReportingFacts facts(int year, int phase) {
        Map<String, Boolean> late = new HashMap<>();
        jdbc.query("SELECT unit_code, late FROM unit_submission WHERE year = ? AND phase = ?",
                rs -> {
                    late.put(rs.getString(1), rs.getBoolean(2));
                }, year, phase);
        Set<String> rejected = new HashSet<>(jdbc.queryForList("SELECT DISTINCT q.unit_code FROM import_issue q"
                + " JOIN import_file f ON f.id = q.import_file_id WHERE f.year = ? AND f.phase = ? AND f.kind = 'submission'"
                + " AND q.severity = 'error' AND q.unit_code IS NOT NULL", String.class, year, phase));
        return new ReportingFacts(late, rejected);
    }

    /** Files of the phase refused whole: their units are unknown, so the clerk sees them apart. */
    public List<String> refusedFiles(int year, int phase) {
        return jdbc.query("SELECT file_name, coalesce(error_message, '') FROM import_file WHERE year = ? AND phase = ?"
                + " AND status = 'failed' ORDER BY received_at, file_name",
                (rs, i) -> rs.getString(1) + ": " + rs.getString(2), year, phase);
    }

    public Path missingWorkbook(MissingList list, Path out) throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve("chua-bao-cao_" + ReminderFiles.baseName(list) + ".xlsx");
        return Files.write(file, MissingWorkbook.xlsx(list));
    }

    public List<Path> reminders(MissingList list, Path out) {
        PhaseForms forms = forms(list.phase().year(), list.phase().phase());
        var reminders = Reminders.of(list, forms.roster().province().name(),
                status -> forms.fileName(status.federation(), false, "xlsx"));
        try {
            return ReminderFiles.write(list, reminders, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * For the schedule: on the day after a phase's deadline, its reminders into the phase's desk folder,
     * once (a folder already written is left alone).
     */
    public List<Path> dueReminders(LocalDate today) {
        List<Path> written = new ArrayList<>();
        for (IntakeCatalogue.Phase phase : ReminderDue.phasesDue(IntakeCatalogues.phases(jdbc), today)) {
            Path out = folder(phase.year(), phase.phase()).resolve("nhac-nho");
            if (!Files.exists(out)) {
                written.addAll(reminders(missing(phase.year(), phase.phase(), today), out));
            }
        }
        return written;
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
