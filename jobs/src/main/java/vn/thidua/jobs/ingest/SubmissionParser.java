package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a submission file row by row: finds the header below any title rows, maps columns to metrics
 * through the catalogue's labels and aliases, and validates each row. A bad row is rejected with one
 * issue per problem; the other rows are kept.
 */
final class SubmissionParser {

    private static final Set<String> UNIT_CODE = Set.of("unit code", "ma don vi", "ma dv", "ma cdcs", "ma");
    private static final Set<String> UNIT_NAME = Set.of("unit name", "ten don vi", "ten cdcs", "don vi", "ten");
    private static final Set<String> YEAR = Set.of("year", "nam");
    private static final Set<String> PHASE = Set.of("phase", "dot");
    private static final Set<String> ROW_NUMBER = Set.of("stt", "tt", "so tt", "no");
    private static final int MAX_TITLE_ROWS = 30;

    private final IntakeCatalogue catalogue;
    private final SheetSource source;
    private final List<UnitFigures> rows = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Long> firstLineOfUnit = new HashMap<>();
    private Columns columns;
    private List<String> pendingHeader;
    private long pendingHeaderLine;
    private int rowsRead;
    private int rowsBeforeHeader;

    SubmissionParser(IntakeCatalogue catalogue, SheetSource source) {
        this.catalogue = catalogue;
        this.source = source;
    }

    record Result(List<UnitFigures> rows, List<Issue> issues, int rowsRead) {
    }

    Result parse() throws java.io.IOException, FileRejectedException {
        source.forEachRow(this::accept);
        if (pendingHeader != null) {
            finishHeader(null);
        }
        if (columns == null && source.legacyEncoding()) {
            throw new FileRejectedException("ENCODING", "Tệp không phải UTF-8 và không đọc được bằng Windows-1258"
                    + " (có thể là TCVN3/VNI); hãy lưu lại bằng Excel: CSV UTF-8 (unknown legacy encoding)");
        }
        if (columns == null) {
            throw new FileRejectedException(rowsBeforeHeader == 0 ? "EMPTY_FILE" : "NO_HEADER",
                    rowsBeforeHeader == 0 ? "Tệp rỗng (empty file)"
                            : "Không tìm thấy dòng tiêu đề có cột \"Mã đơn vị\" (no header row with a unit-code column)");
        }
        return new Result(rows, issues, rowsRead);
    }

    private void accept(SheetRow row) throws FileRejectedException {
        if (columns == null && pendingHeader == null) {
            if (row.isBlank()) {
                return;
            }
            if (++rowsBeforeHeader > MAX_TITLE_ROWS) {
                throw new FileRejectedException("NO_HEADER", "Không tìm thấy dòng tiêu đề có cột \"Mã đơn vị\" trong "
                        + MAX_TITLE_ROWS + " dòng đầu (no header row)");
            }
            List<String> texts = row.cells().stream().map(c -> c.text().trim()).toList();
            if (texts.stream().map(Headers::normalize).anyMatch(UNIT_CODE::contains)) {
                pendingHeader = texts;
                pendingHeaderLine = row.lineNo();
            }
            return;
        }
        if (pendingHeader != null) {
            if (isSubHeader(row)) {
                finishHeader(row);
                return;
            }
            finishHeader(null);
        }
        dataRow(row);
    }

    /** A second header line under merged group cells: no unit code, but metric labels. */
    private boolean isSubHeader(SheetRow row) {
        int unitColumn = indexOf(pendingHeader, UNIT_CODE);
        return row.text(unitColumn).isEmpty() && row.cells().stream()
                .anyMatch(c -> !c.numeric() && catalogue.metricsByHeader().containsKey(Headers.normalize(c.text())));
    }

    private void finishHeader(SheetRow subHeader) throws FileRejectedException {
        List<String> merged = new ArrayList<>(pendingHeader);
        if (subHeader != null) {
            for (int i = 0; i < subHeader.cells().size(); i++) {
                String below = subHeader.text(i);
                if (!below.isEmpty()) {
                    while (merged.size() <= i) {
                        merged.add("");
                    }
                    merged.set(i, below);
                }
            }
        }
        columns = Columns.resolve(merged, catalogue, pendingHeaderLine, issues);
        if (source.legacyEncoding() && !columns.vietnameseHeaderMatched()) {
            throw new FileRejectedException("ENCODING", "Tệp không phải UTF-8 và không đọc được bằng Windows-1258"
                    + " (có thể là TCVN3/VNI); hãy lưu lại bằng Excel: CSV UTF-8 (unknown legacy encoding)");
        }
        for (IntakeCatalogue.Metric metric : catalogue.metrics()) {
            if (metric.required() && !columns.metricColumns().containsValue(metric)) {
                throw new FileRejectedException("MISSING_COLUMN", "Thiếu cột bắt buộc \"" + metric.labelVi() + "\" ("
                        + metric.code() + ")");
            }
        }
        pendingHeader = null;
    }

    private void dataRow(SheetRow row) throws FileRejectedException {
        if (row.isBlank()) {
            return;
        }
        rowsRead++;
        long line = row.lineNo();
        checkPeriod(row, columns.year(), catalogue.phase().year(), "năm");
        checkPeriod(row, columns.phase(), catalogue.phase().phase(), "đợt");
        String unitCode = row.text(columns.unitCode());
        String unitHeader = columns.header(columns.unitCode());
        int before = issues.size();
        if (unitCode.isEmpty()) {
            if (isTotalRow(row)) {
                // spreadsheets end with a "Tổng cộng" row; the totals are recomputed, never loaded
                issues.add(Issue.warning(line, unitHeader, null, "TOTAL_ROW", "Dòng tổng cộng không có mã đơn vị; bỏ qua", ""));
                rowsRead--;
                return;
            }
            issues.add(Issue.error(line, unitHeader, null, "UNIT_MISSING", "Thiếu mã đơn vị", ""));
            return;
        }
        IntakeCatalogue.OrgUnit unit = catalogue.units().get(unitCode);
        if (unit == null) {
            issues.add(Issue.error(line, unitHeader, unitCode, "UNKNOWN_UNIT",
                    "Mã đơn vị \"" + unitCode + "\" không có trong danh mục đơn vị", unitCode));
            return;
        }
        if (unit.level() == 1) {
            issues.add(Issue.error(line, unitHeader, unitCode, "UNIT_LEVEL",
                    "LĐLĐ tỉnh không báo cáo số liệu theo mẫu đơn vị", unitCode));
            return;
        }
        if (!unit.openDuring(catalogue.phase())) {
            issues.add(Issue.error(line, unitHeader, unitCode, "UNIT_CLOSED", "Đơn vị " + unitCode
                    + " không hoạt động trong đợt này (thành lập " + unit.openedOn() + ", giải thể " + unit.closedOn() + ")",
                    unitCode));
            return;
        }
        Long first = firstLineOfUnit.putIfAbsent(unitCode, line);
        if (first != null) {
            issues.add(Issue.error(line, unitHeader, unitCode, "DUPLICATE_UNIT",
                    "Đơn vị " + unitCode + " đã có ở dòng " + first + " của tệp này; dòng sau bị bỏ", unitCode));
            return;
        }
        SortedMap<String, BigDecimal> figures = new TreeMap<>();
        columns.metricColumns().forEach((index, metric) -> {
            SheetRow.Cell cell = row.cell(index);
            if (cell.text().isBlank()) {
                return;
            }
            String header = columns.header(index);
            try {
                BigDecimal value = Numbers.parse(cell, source.numberStyle());
                String problem = boundsProblem(metric, value);
                if (problem != null) {
                    issues.add(Issue.error(line, header, unitCode, problem.substring(0, problem.indexOf(':')),
                            problem.substring(problem.indexOf(':') + 1), cell.text()));
                } else {
                    figures.put(metric.code(), value);
                }
            } catch (NumberFormatException e) {
                issues.add(Issue.error(line, header, unitCode, "NOT_A_NUMBER", e.getMessage(), cell.text()));
            }
        });
        if (unit.level() == 3) {
            for (IntakeCatalogue.Metric metric : catalogue.metrics()) {
                if (metric.required() && !figures.containsKey(metric.code()) && issues.size() == before) {
                    issues.add(Issue.error(line, metric.labelVi(), unitCode, "REQUIRED_MISSING",
                            "Thiếu số liệu bắt buộc \"" + metric.labelVi() + "\"", ""));
                }
            }
        }
        if (issues.size() == before) {
            checkRules(line, unitCode, figures);
        }
        if (issues.size() == before) {
            rows.add(new UnitFigures(line, unitCode, figures));
        }
    }

    private static boolean isTotalRow(SheetRow row) {
        return row.cells().stream().filter(c -> !c.numeric()).map(c -> Headers.normalize(c.text()))
                .anyMatch(t -> t.equals("tong") || t.equals("cong") || t.startsWith("tong cong") || t.startsWith("tong so")
                        || t.equals("total"));
    }

    private void checkPeriod(SheetRow row, int column, int expected, String what) throws FileRejectedException {
        if (column < 0 || row.text(column).isEmpty()) {
            return;
        }
        String digits = row.text(column).replaceAll("\\D", "");
        if (digits.isEmpty() || Integer.parseInt(digits) != expected) {
            throw new FileRejectedException("WRONG_PERIOD", "Dòng " + row.lineNo() + " ghi " + what + " \"" + row.text(column)
                    + "\" nhưng tệp nằm trong hộp thư năm " + catalogue.phase().year() + " đợt " + catalogue.phase().phase()
                    + " (file belongs to another year/phase)");
        }
    }

    private static String boundsProblem(IntakeCatalogue.Metric metric, BigDecimal value) {
        if (value.signum() < 0) {
            return "NEGATIVE:Số âm không hợp lệ cho \"" + metric.labelVi() + "\"";
        }
        if (metric.integral() && value.stripTrailingZeros().scale() > 0) {
            return "NOT_INTEGER:\"" + metric.labelVi() + "\" phải là số nguyên";
        }
        if (metric.min() != null && value.compareTo(metric.min()) < 0
                || metric.max() != null && value.compareTo(metric.max()) > 0) {
            return "OUT_OF_BOUNDS:\"" + metric.labelVi() + "\" phải trong khoảng " + Numbers.vietnamese(metric.min()) + " – "
                    + Numbers.vietnamese(metric.max());
        }
        return null;
    }

    private void checkRules(long line, String unitCode, Map<String, BigDecimal> figures) {
        for (IntakeCatalogue.Rule rule : catalogue.rules()) {
            BigDecimal left = figures.get(rule.left());
            if (left == null || !rule.right().stream().allMatch(figures::containsKey)) {
                continue;
            }
            BigDecimal right = rule.right().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            int cmp = left.compareTo(right);
            boolean ok = switch (rule.operator()) {
                case "<=" -> cmp <= 0;
                case "<" -> cmp < 0;
                case ">=" -> cmp >= 0;
                case ">" -> cmp > 0;
                default -> cmp == 0;
            };
            if (!ok) {
                issues.add(Issue.error(line, columns.headerOf(rule.left()), unitCode, "RULE_" + rule.code(),
                        rule.messageVi() + " (" + Numbers.vietnamese(left) + " " + rule.operator() + " "
                                + Numbers.vietnamese(right) + " không đúng)",
                        plain(left)));
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static int indexOf(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(Headers.normalize(header.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The resolved header: which column is the unit code, the period, and each metric. */
    record Columns(List<String> headers, int unitCode, int year, int phase, Map<Integer, IntakeCatalogue.Metric> metricColumns,
                   boolean vietnameseHeaderMatched) {

        static Columns resolve(List<String> headers, IntakeCatalogue catalogue, long headerLine, List<Issue> issues) {
            Map<Integer, IntakeCatalogue.Metric> metrics = new java.util.LinkedHashMap<>();
            boolean vietnamese = false;
            for (int i = 0; i < headers.size(); i++) {
                String text = headers.get(i);
                String key = Headers.normalize(text);
                if (key.isEmpty() || UNIT_CODE.contains(key) || UNIT_NAME.contains(key) || YEAR.contains(key)
                        || PHASE.contains(key) || ROW_NUMBER.contains(key)) {
                    vietnamese |= !text.chars().allMatch(c -> c < 128) && !key.isEmpty();
                    continue;
                }
                IntakeCatalogue.Metric metric = catalogue.metricsByHeader().get(key);
                if (metric == null) {
                    issues.add(Issue.warning(headerLine, text, null, "UNKNOWN_COLUMN",
                            "Cột \"" + text + "\" không có trong danh mục chỉ số; bỏ qua", null));
                } else if (metrics.containsValue(metric)) {
                    issues.add(Issue.warning(headerLine, text, null, "DUPLICATE_COLUMN",
                            "Cột \"" + text + "\" lặp lại chỉ số " + metric.code() + "; chỉ dùng cột đầu tiên", null));
                } else {
                    metrics.put(i, metric);
                    vietnamese |= !text.chars().allMatch(c -> c < 128);
                }
            }
            return new Columns(headers, indexOf(headers, UNIT_CODE), indexOf(headers, YEAR), indexOf(headers, PHASE),
                    metrics, vietnamese);
        }

        String header(int index) {
            return index >= 0 && index < headers.size() ? headers.get(index) : "";
        }

        String headerOf(String metricCode) {
            return metricColumns.entrySet().stream().filter(e -> e.getValue().code().equals(metricCode))
                    .map(e -> headers.get(e.getKey())).findFirst().orElse(metricCode);
        }
    }
}
