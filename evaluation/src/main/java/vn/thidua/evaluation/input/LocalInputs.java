package vn.thidua.evaluation.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.reference.csv.CsvTable;

/**
 * The evaluation's own input files beside the snapshot: the optional exclusion and reorganisation lists
 * (under {@code <data>/evaluation/}). A missing file is an empty list; a malformed line is an error with its
 * line number (these files decide grades). Read with the house's strict CSV reader.
 */
public final class LocalInputs {

    private LocalInputs() {
    }

    public static Map<String, Exclusion> exclusions(Path file) {
        Map<String, Exclusion> out = new TreeMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        for (CsvTable.Row row : CsvTable.readByName(file, "unit_code", "reason")) {
            String code = required(row, "unit_code", file);
            String reason = required(row, "reason", file);
            // Two lines for one unit: both reasons are kept, in file order.
            out.merge(code, new Exclusion(code, reason), (a, b) -> new Exclusion(code, a.reason() + "; " + b.reason()));
        }
        return out;
    }

    public static Map<String, Reorganisation> reorganisations(Path file) {
        Map<String, Reorganisation> out = new TreeMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        for (CsvTable.Row row : CsvTable.readByName(file, "unit_code", "reorganised_on")) {
            String code = required(row, "unit_code", file);
            LocalDate on = date(row, "reorganised_on", file);
            if (on == null) {
                throw new IllegalArgumentException(file + " dòng " + row.line() + ": thiếu reorganised_on / missing date");
            }
            Reorganisation r = new Reorganisation(code, on, row.optional("kind"), row.optional("note"));
            // The latest reorganisation is the one the months are counted from.
            out.merge(code, r, (a, b) -> b.on().isAfter(a.on()) ? b : a);
        }
        return out;
    }

    private static String required(CsvTable.Row row, String column, Path file) {
        String v = row.optional(column);
        if (v == null) {
            throw new IllegalArgumentException(file + " dòng " + row.line() + ": thiếu " + column + " / missing " + column);
        }
        return v;
    }

    private static LocalDate date(CsvTable.Row row, String column, Path file) {
        String v = row.optional(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + " dòng " + row.line() + ": " + column + " '" + v
                    + "' không phải ngày yyyy-MM-dd / not an ISO date", e);
        }
    }
}
