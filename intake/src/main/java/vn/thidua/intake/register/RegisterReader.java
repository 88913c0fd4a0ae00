package vn.thidua.intake.register;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.Initiative;
import vn.thidua.intake.number.CellPlace;
import vn.thidua.intake.number.NumberEvidence;
import vn.thidua.intake.number.NumberStyle;
import vn.thidua.intake.number.NumberText;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.intake.sheet.SheetRow;
import vn.thidua.intake.sheet.SheetSource;
import vn.thidua.vietnamese.VietnameseText;

/**
 * Reads an initiative register (sổ sáng kiến, one row per initiative). Columns by code or Vietnamese header;
 * the status and recognition level are the words units write. The benefit in đồng is read like every typed
 * number: the register's way of writing numbers is decided from all of its benefits.
 */
public final class RegisterReader {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("initiative id", "id"), Map.entry("ma sang kien", "id"),
            Map.entry("unit code", "unit"), Map.entry("ma don vi", "unit"),
            Map.entry("title", "title"), Map.entry("ten sang kien", "title"),
            Map.entry("authors", "authors"), Map.entry("tac gia", "authors"),
            Map.entry("field", "field"), Map.entry("linh vuc", "field"),
            Map.entry("registered on", "date"), Map.entry("ngay dang ky", "date"),
            Map.entry("status", "status"), Map.entry("trang thai", "status"),
            Map.entry("recognition level", "level"), Map.entry("cap cong nhan", "level"),
            Map.entry("benefit vnd", "benefit"), Map.entry("gia tri lam loi dong", "benefit"),
            Map.entry("gia tri lam loi", "benefit"));
    private static final Map<String, String> STATUS = Map.of(
            "dang ky", "registered", "registered", "registered",
            "duoc cong nhan", "recognized", "cong nhan", "recognized", "recognized", "recognized",
            "da ap dung", "applied", "ap dung", "applied", "applied", "applied");
    private static final Map<String, String> REQUIRED = Map.of("title", "Tên sáng kiến", "status", "Trạng thái");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final IntakeCatalogue catalogue;

    public RegisterReader(IntakeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Register read(SheetSource source) throws IOException, FileRefused {
        return new Reading().run(source);
    }

    /** A line whose benefit reads two ways, kept until the register's way of writing numbers is known. */
    private record Draft(Initiative initiative, NumberText benefit, String cell) {
    }

    private final class Reading {
        private final List<Initiative> initiatives = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Long> seen = new HashMap<>();
        private final Map<String, String> statusOf = new HashMap<>();
        private final NumberEvidence evidence = new NumberEvidence();
        private Map<String, Integer> index;
        private List<String> headers;
        private int rowsRead;

        Register run(SheetSource source) throws IOException, FileRefused {
            source.forEachRow(this::accept);
            if (index == null) {
                throw new FileRefused(ProblemCode.NO_HEADER, "Không tìm thấy dòng tiêu đề của sổ sáng kiến (cần các cột"
                        + " “Mã sáng kiến” và “Mã đơn vị”). Hãy dùng mẫu sổ sáng kiến của đợt này.");
            }
            NumberStyle style = evidence.decide();
            for (Draft draft : drafts) {
                BigDecimal benefit = draft.benefit().in(style);
                Initiative i = draft.initiative();
                initiatives.add(new Initiative(i.line(), i.id(), i.unitCode(), i.title(), i.authors(), i.field(),
                        i.registeredOn(), i.status(), i.recognitionLevel(), benefit));
            }
            initiatives.sort(Comparator.comparingLong(Initiative::line));
            problems.sort(Comparator.comparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new Register(initiatives, problems, rowsRead, style, evidence.decidingCell());
        }

        private void accept(SheetRow row) throws FileRefused {
            if (row.isBlank()) {
                return;
            }
            if (index == null) {
                findHeader(row);
                return;
            }
            rowsRead++;
            long line = row.line();
            String id = text(row, "id");
            String unit = text(row, "unit");
            List<Problem> rowProblems = new ArrayList<>();
            if (id.isEmpty()) {
                rowProblems.add(at(row, "id", unit, ProblemCode.ID_MISSING, "Dòng thiếu mã sáng kiến.", ""));
            } else if (seen.putIfAbsent(id, line) != null) {
                rowProblems.add(at(row, "id", unit, ProblemCode.DUPLICATE_INITIATIVE, "Mã sáng kiến " + id
                        + " đã có ở dòng " + seen.get(id) + " của sổ này; dòng lặp lại không được nạp.", id));
            }
            if (catalogue.units().get(unit) == null) {
                rowProblems.add(at(row, "unit", unit, ProblemCode.UNKNOWN_UNIT, "Mã đơn vị “" + unit
                        + "” không có trong danh mục đơn vị của LĐLĐ tỉnh.", unit));
            }
            // a register repeats a handful of status words thousands of times: fold each once
            String status = statusOf.computeIfAbsent(text(row, "status"), word -> STATUS.get(VietnameseText.fold(word)));
            if (status == null) {
                rowProblems.add(at(row, "status", unit, ProblemCode.BAD_STATUS, "Trạng thái “" + text(row, "status")
                        + "” không hợp lệ: phải là Đăng ký, Được công nhận hoặc Đã áp dụng.", text(row, "status")));
            }
            LocalDate date = date(row, unit, rowProblems);
            NumberText benefit = null;
            if (!text(row, "benefit").isEmpty()) {
                SheetRow.Cell cell = row.cell(index.get("benefit"));
                benefit = cell.stored() ? NumberText.stored(cell.text()) : NumberText.read(cell.text());
                if (benefit.kind() == NumberText.Kind.NOT_A_NUMBER) {
                    rowProblems.add(at(row, "benefit", unit, ProblemCode.NOT_A_NUMBER, "Giá trị làm lợi “"
                            + cell.text().strip() + "” không phải là số.", cell.text()));
                } else {
                    if (evidence.wants(benefit.kind())) {
                        evidence.note(benefit, new CellPlace(line, header("benefit"), row.cellName(index.get("benefit"))));
                    }
                    BigDecimal own = benefit.ownValue();
                    if (own != null && own.signum() < 0) {
                        rowProblems.add(at(row, "benefit", unit, ProblemCode.NEGATIVE, "Giá trị làm lợi không được âm:"
                                + " ô ghi “" + cell.text().strip() + "”.", cell.text()));
                    }
                }
            }
            if (text(row, "title").isEmpty()) {
                rowProblems.add(at(row, "title", unit, ProblemCode.TITLE_MISSING, "Dòng thiếu tên sáng kiến.", ""));
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                return;
            }
            Initiative initiative = new Initiative(line, id, unit, text(row, "title"), text(row, "authors"),
                    text(row, "field"), date, status, text(row, "level"), benefit == null ? null : benefit.ownValue());
            if (benefit != null && benefit.kind() == NumberText.Kind.AMBIGUOUS) {
                drafts.add(new Draft(initiative, benefit, row.cellName(index.get("benefit"))));
            } else {
                initiatives.add(initiative);
            }
        }

        private void findHeader(SheetRow row) throws FileRefused {
            Map<String, Integer> found = new HashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String role = COLUMNS.get(VietnameseText.fold(row.text(i)));
                if (role != null) {
                    found.putIfAbsent(role, i);
                }
            }
            if (found.containsKey("id") && found.containsKey("unit")) {
                for (Map.Entry<String, String> required : REQUIRED.entrySet()) {
                    if (!found.containsKey(required.getKey())) {
                        throw new FileRefused(ProblemCode.MISSING_COLUMN, "Sổ sáng kiến thiếu cột “" + required.getValue()
                                + "”. Hãy dùng mẫu sổ sáng kiến của đợt này.");
                    }
                }
                index = found;
                headers = row.cells().stream().map(SheetRow.Cell::text).toList();
            }
        }

        private LocalDate date(SheetRow row, String unit, List<Problem> rowProblems) {
            if (text(row, "date").isEmpty()) {
                return null;
            }
            try {
                return row.cell(index.get("date")).stored()
                        ? LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(text(row, "date")))
                        : LocalDate.parse(text(row, "date"), VIETNAMESE_DATE);
            } catch (DateTimeParseException | NumberFormatException e) {
                rowProblems.add(at(row, "date", unit, ProblemCode.BAD_DATE, "Ngày đăng ký “" + text(row, "date")
                        + "” không hợp lệ: phải có dạng ngày/tháng/năm, ví dụ 05/03/2024.", text(row, "date")));
                return null;
            }
        }

        private Problem at(SheetRow row, String role, String unit, ProblemCode code, String message, String raw) {
            Integer i = index.get(role);
            return Problem.at(code, row.line(), header(role), i == null ? null : row.cellName(i),
                    unit.isEmpty() ? null : unit, message, raw);
        }

        private String text(SheetRow row, String role) {
            Integer i = index.get(role);
            return i == null ? "" : row.text(i);
        }

        private String header(String role) {
            Integer i = index.get(role);
            return i == null || i >= headers.size() ? role : headers.get(i).trim();
        }
    }
}
