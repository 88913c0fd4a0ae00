package vn.thidua.evaluation.adjust;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.reference.csv.CsvTable;

/**
 * Reads {@code adjustments.csv}: {@code unit_code,criterion,new_value,reason,entered_by,entered_on}.
 * A line without a reason, an author or a date is an error for the whole file: an adjustment that
 * cannot be accounted for must not change a grade.
 */
public final class AdjustmentReader {

    private AdjustmentReader() {
    }

    public static List<Adjustment> read(Path file) {
        List<Adjustment> out = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        for (CsvTable.Row row : CsvTable.readByName(file, "unit_code", "criterion", "new_value", "reason", "entered_by", "entered_on")) {
            out.add(new Adjustment((int) row.line(), required(row, "unit_code", file), required(row, "criterion", file),
                    required(row, "new_value", file), required(row, "reason", file), required(row, "entered_by", file),
                    date(row, file)));
        }
        return out;
    }

    private static String required(CsvTable.Row row, String column, Path file) {
        String v = row.optional(column);
        if (v == null) {
            throw new IllegalArgumentException("Tệp điều chỉnh " + file + " dòng " + row.line() + ": thiếu " + column
                    + " / adjustment line " + row.line() + " has no " + column);
        }
        return v;
    }

    private static LocalDate date(CsvTable.Row row, Path file) {
        String v = required(row, "entered_on", file);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Tệp điều chỉnh " + file + " dòng " + row.line() + ": entered_on '" + v
                    + "' phải là ngày yyyy-MM-dd / must be an ISO date", e);
        }
    }
}
