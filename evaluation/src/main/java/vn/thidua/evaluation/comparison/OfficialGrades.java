package vn.thidua.evaluation.comparison;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.reference.csv.CsvTable;
import vn.thidua.vietnamese.VietnameseText;
import vn.thidua.warehouse.Grade;

/**
 * The grades the federation actually gave for the baseline year, when it supplies them
 * ({@code official-grades-<year>.csv}: {@code unit_code,grade}). The grade may be written as its code
 * ({@code xuat_sac}) or its Vietnamese name ("Hoàn thành xuất sắc nhiệm vụ"), in any case. These figures
 * are shown beside ours, so a line that cannot be read stops the run with its line number rather than
 * quietly changing a count.
 */
public final class OfficialGrades {

    private OfficialGrades() {
    }

    /** Empty when the file is absent: the comparison then shows only the baseline graded by our rubric. */
    public static Optional<Map<String, Grade>> read(Path file, Map<String, UnitHistory> knownUnits) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Grade> grades = new TreeMap<>();
        for (CsvTable.Row row : CsvTable.readByName(file, "unit_code", "grade")) {
            String where = file.getFileName() + " dòng " + row.line() + ": ";
            String code = row.optional("unit_code");
            String text = row.optional("grade");
            if (code == null || text == null) {
                throw new IllegalArgumentException(where + "thiếu unit_code hoặc grade / missing unit_code or grade");
            }
            if (!knownUnits.containsKey(code)) {
                throw new IllegalArgumentException(where + "mã đơn vị '" + code
                        + "' không có trong danh mục đơn vị của bản số liệu / unknown unit code");
            }
            Grade grade = parse(text).orElseThrow(() -> new IllegalArgumentException(where + "xếp loại '" + text
                    + "' không hợp lệ (dùng: " + String.join(", ", Arrays.stream(Grade.values()).map(Grade::code).toList())
                    + " hoặc tên tiếng Việt) / not a grade"));
            if (grades.putIfAbsent(code, grade) != null) {
                throw new IllegalArgumentException(where + "đơn vị " + code + " xuất hiện hai lần / listed twice");
            }
        }
        return Optional.of(grades);
    }

    /** Case, spacing, underscores and diacritics aside: "Hoàn thành tốt nhiệm vụ" = "hoan_thanh_tot_nhiem_vu". */
    static Optional<Grade> parse(String text) {
        String wanted = VietnameseText.fold(text);
        return Arrays.stream(Grade.values())
                .filter(g -> VietnameseText.fold(g.code()).equals(wanted) || VietnameseText.fold(g.labelVi()).equals(wanted))
                .findFirst();
    }
}
