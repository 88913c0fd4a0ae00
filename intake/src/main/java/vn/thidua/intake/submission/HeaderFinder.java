package vn.thidua.intake.submission;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.TemplateStamp;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.intake.sheet.SheetRow;
import vn.thidua.vietnamese.VietnameseText;

/**
 * Finds the header of a submission below any title rows: the first row with a unit-code column. A second
 * header line under merged group cells (no unit code, but metric labels) is merged into it.
 */
final class HeaderFinder {

    static final int MAX_TITLE_ROWS = 30;

    private final IntakeCatalogue catalogue;
    private final boolean legacyEncoding;
    private final List<Problem> problems;
    private List<String> pending;
    private String stampedVersion;
    private long pendingLine;
    private int rowsBefore;

    HeaderFinder(IntakeCatalogue catalogue, boolean legacyEncoding, List<Problem> problems) {
        this.catalogue = catalogue;
        this.legacyEncoding = legacyEncoding;
        this.problems = problems;
    }

    /**
     * Offers the next row while no header is resolved.
     * @return the header once resolved, with whether this row was consumed as part of it; null while looking
     */
    Found offer(SheetRow row) throws FileRefused {
        if (pending != null) {
            if (isSubHeader(row)) {
                return new Found(finish(row), true);
            }
            return new Found(finish(null), false);
        }
        if (row.isBlank()) {
            return null;
        }
        if (++rowsBefore > MAX_TITLE_ROWS) {
            throw new FileRefused(ProblemCode.NO_HEADER, "Không tìm thấy dòng tiêu đề có cột “Mã đơn vị” trong "
                    + MAX_TITLE_ROWS + " dòng đầu của tệp. Hãy dùng mẫu báo cáo của đợt này.");
        }
        List<String> texts = row.cells().stream().map(c -> c.text().trim()).toList();
        if (stampedVersion == null) {
            stampedVersion = TemplateStamp.find(texts);
        }
        if (texts.stream().map(VietnameseText::fold).anyMatch(Columns.UNIT_CODE::contains)) {
            pending = texts;
            pendingLine = row.line();
        }
        return null;
    }

    /** At the end of the file: the header if one was pending, else why the file has none. */
    Columns atEnd() throws FileRefused {
        if (pending != null) {
            return finish(null);
        }
        if (legacyEncoding) {
            throw legacy();
        }
        if (rowsBefore == 0) {
            throw new FileRefused(ProblemCode.EMPTY_FILE, "Tệp không có dòng nào có nội dung.");
        }
        throw new FileRefused(ProblemCode.NO_HEADER, "Không tìm thấy dòng tiêu đề có cột “Mã đơn vị”. Hãy dùng mẫu"
                + " báo cáo của đợt này: dòng tiêu đề phải có cột “Mã đơn vị” và các cột số liệu.");
    }

    record Found(Columns columns, boolean consumedRow) {
    }

    private boolean isSubHeader(SheetRow row) {
        int unitColumn = Columns.indexOf(pending, Columns.UNIT_CODE);
        return row.text(unitColumn).isEmpty() && row.cells().stream()
                .anyMatch(c -> !c.stored() && catalogue.metricsByHeader().containsKey(VietnameseText.fold(c.text())));
    }

    private Columns finish(SheetRow subHeader) throws FileRefused {
        List<String> merged = new ArrayList<>(pending);
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
        int before = problems.size();
        Columns columns = Columns.resolve(merged, catalogue, pendingLine, problems);
        checkVersion(problems.subList(before, problems.size()));
        if (legacyEncoding && !columns.vietnameseHeaderMatched()) {
            throw legacy();
        }
        for (IntakeCatalogue.Metric metric : catalogue.metrics()) {
            if (metric.required() && !columns.metrics().containsValue(metric)) {
                throw new FileRefused(ProblemCode.MISSING_COLUMN, "Tệp thiếu cột bắt buộc “" + metric.labelVi()
                        + "”. Hãy dùng mẫu báo cáo của đợt này.");
            }
        }
        pending = null;
        return columns;
    }

    /**
     * A template made from another catalogue version loads when every column it has is still in the
     * catalogue (a metric added since is simply not reported); a column the catalogue no longer knows
     * would silently lose the unit's figures, so such a file is refused, naming both versions.
     */
    private void checkVersion(List<Problem> headerProblems) throws FileRefused {
        String current = catalogue.version();
        if (stampedVersion == null || current == null || stampedVersion.equals(current)) {
            return;
        }
        List<String> unknown = headerProblems.stream().filter(p -> p.code() == ProblemCode.UNKNOWN_COLUMN)
                .map(p -> "“" + p.column() + "”").toList();
        String versions = "Tệp được lập theo mẫu của danh mục chỉ tiêu phiên bản " + stampedVersion
                + ", danh mục hiện hành là phiên bản " + current;
        if (!unknown.isEmpty()) {
            throw new FileRefused(ProblemCode.TEMPLATE_VERSION, versions + "; " + (unknown.size() == 1 ? "cột " : "các cột ")
                    + String.join(", ", unknown) + " không còn trong danh mục nên số liệu của tệp không được nạp."
                    + " Hãy chép số liệu sang mẫu báo cáo mới của đợt này rồi gửi lại.");
        }
        problems.add(Problem.at(ProblemCode.OLD_TEMPLATE, pendingLine, null, null, null, versions
                + ". Mọi cột của tệp vẫn có trong danh mục nên số liệu được nạp; các chỉ tiêu mới của phiên bản "
                + current + " (nếu có) được coi là chưa báo cáo. Lần sau hãy dùng mẫu mới.", stampedVersion));
    }

    private static FileRefused legacy() {
        return new FileRefused(ProblemCode.ENCODING, "Tệp không phải UTF-8, và đọc theo bảng mã Windows-1258 cũng không"
                + " ra tiêu đề tiếng Việt (có thể tệp dùng bảng mã TCVN3 hoặc VNI). Hãy mở tệp bằng Excel và lưu lại"
                + " thành “CSV UTF-8”.");
    }
}
