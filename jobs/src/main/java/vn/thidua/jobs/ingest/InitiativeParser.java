package vn.thidua.jobs.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an initiative register (one row per sáng kiến). Columns by code or Vietnamese header; the
 * status and recognition level are the words units write.
 */
final class InitiativeParser {

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
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final IntakeCatalogue catalogue;
    private final SheetSource source;
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, String> statusOf = new HashMap<>();
    private Map<String, Integer> index;
    private List<String> headers;
    private int rowsRead;

    InitiativeParser(IntakeCatalogue catalogue, SheetSource source) {
        this.catalogue = catalogue;
        this.source = source;
    }

    record Result(List<Initiative> initiatives, List<Issue> issues, int rowsRead) {
    }

    Result parse() throws IOException, FileRejectedException {
        source.forEachRow(this::accept);
        if (index == null) {
            throw new FileRejectedException("NO_HEADER", "Không tìm thấy dòng tiêu đề của sổ sáng kiến (no header row)");
        }
        return new Result(initiatives, issues, rowsRead);
    }

    private void accept(SheetRow row) throws FileRejectedException {
        if (row.isBlank()) {
            return;
        }
        if (index == null) {
            Map<String, Integer> found = new HashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String role = COLUMNS.get(Headers.normalize(row.text(i)));
                if (role != null) {
                    found.putIfAbsent(role, i);
                }
            }
            if (found.containsKey("id") && found.containsKey("unit")) {
                for (String required : List.of("title", "status")) {
                    if (!found.containsKey(required)) {
                        throw new FileRejectedException("MISSING_COLUMN", "Sổ sáng kiến thiếu cột " + required);
                    }
                }
                index = found;
                headers = row.cells().stream().map(SheetRow.Cell::text).toList();
            }
            return;
        }
        rowsRead++;
        long line = row.lineNo();
        String id = text(row, "id");
        String unit = text(row, "unit");
        int before = issues.size();
        if (id.isEmpty()) {
            issues.add(Issue.error(line, header("id"), unit, "ID_MISSING", "Thiếu mã sáng kiến", ""));
        } else if (seen.putIfAbsent(id, line) != null) {
            issues.add(Issue.error(line, header("id"), unit, "DUPLICATE_INITIATIVE",
                    "Mã sáng kiến " + id + " đã có ở dòng " + seen.get(id), id));
        }
        IntakeCatalogue.OrgUnit orgUnit = catalogue.units().get(unit);
        if (orgUnit == null) {
            issues.add(Issue.error(line, header("unit"), unit, "UNKNOWN_UNIT",
                    "Mã đơn vị \"" + unit + "\" không có trong danh mục đơn vị", unit));
        }
        // a register repeats a handful of status words thousands of times: normalise each once
        String status = statusOf.computeIfAbsent(text(row, "status"), word -> STATUS.get(Headers.normalize(word)));
        if (status == null) {
            issues.add(Issue.error(line, header("status"), unit, "BAD_STATUS",
                    "Trạng thái phải là Đăng ký, Được công nhận hoặc Đã áp dụng", text(row, "status")));
        }
        LocalDate date = null;
        if (!text(row, "date").isEmpty()) {
            try {
                date = row.cell(index.get("date")).numeric()
                        ? LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(text(row, "date")))
                        : LocalDate.parse(text(row, "date"), VIETNAMESE_DATE);
            } catch (DateTimeParseException | NumberFormatException e) {
                issues.add(Issue.error(line, header("date"), unit, "BAD_DATE", "Ngày phải có dạng dd/MM/yyyy",
                        text(row, "date")));
            }
        }
        BigDecimal benefit = null;
        if (!text(row, "benefit").isEmpty()) {
            try {
                benefit = Numbers.parse(row.cell(index.get("benefit")), source.numberStyle());
                if (benefit.signum() < 0) {
                    issues.add(Issue.error(line, header("benefit"), unit, "NEGATIVE", "Giá trị làm lợi không được âm",
                            text(row, "benefit")));
                }
            } catch (NumberFormatException e) {
                issues.add(Issue.error(line, header("benefit"), unit, "NOT_A_NUMBER", e.getMessage(), text(row, "benefit")));
            }
        }
        if (text(row, "title").isEmpty()) {
            issues.add(Issue.error(line, header("title"), unit, "TITLE_MISSING", "Thiếu tên sáng kiến", ""));
        }
        if (issues.size() == before) {
            initiatives.add(new Initiative(line, id, unit, text(row, "title"), text(row, "authors"), text(row, "field"),
                    date, status, text(row, "level"), benefit));
        }
    }

    private String text(SheetRow row, String role) {
        Integer i = index.get(role);
        return i == null ? "" : row.text(i);
    }

    private String header(String role) {
        Integer i = index.get(role);
        return i == null || i >= headers.size() ? role : headers.get(i);
    }
}
