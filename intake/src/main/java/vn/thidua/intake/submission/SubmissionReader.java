package vn.thidua.intake.submission;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.UnitFigures;
import vn.thidua.intake.number.CellPlace;
import vn.thidua.intake.number.NumberEvidence;
import vn.thidua.intake.number.NumberStyle;
import vn.thidua.intake.number.NumberText;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.intake.sheet.SheetRow;
import vn.thidua.intake.sheet.SheetSource;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.vietnamese.VietnameseText;

/**
 * Reads a submission file (one row per unit): finds the header, checks each row's unit, reads its numbers
 * and checks its figures. A bad row is refused with one problem per fault; the other rows are kept. How the
 * file writes numbers is decided from all of its numbers ({@link NumberEvidence}): rows whose numbers read
 * the same either way are checked as they come, the few with a number like 12,500 once the file is read.
 */
public final class SubmissionReader {

    private final IntakeCatalogue catalogue;

    public SubmissionReader(IntakeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Submission read(SheetSource source) throws IOException, FileRefused {
        return new Reading(source).run();
    }

    /**
     * A row's typed numbers, one per metric column of the file (null where blank); kept until the file's
     * number style is known when one of them reads two ways.
     */
    private record Draft(long line, String unitCode, int level, NumberText[] typed) {
    }

    /** The state of reading one file. */
    private final class Reading {
        private final SheetSource source;
        private final List<Problem> problems = new ArrayList<>();
        private final List<UnitFigures> rows = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, Long> firstLineOfUnit = new HashMap<>();
        private final NumberEvidence evidence = new NumberEvidence();
        private final HeaderFinder headerFinder;
        private Columns columns;
        private int rowsRead;

        Reading(SheetSource source) {
            this.source = source;
            this.headerFinder = new HeaderFinder(catalogue, source.legacyEncoding(), problems);
        }

        Submission run() throws IOException, FileRefused {
            source.forEachRow(this::accept);
            if (columns == null) {
                columns = headerFinder.atEnd();
            }
            NumberStyle style = evidence.decide();
            for (Draft draft : drafts) {
                check(draft, style);
            }
            rows.sort(Comparator.comparingLong(UnitFigures::line));
            problems.sort(Comparator.comparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
            List<String> metricColumns = columns.metrics().values().stream().map(IntakeCatalogue.Metric::code).toList();
            Map<String, String> letters = new HashMap<>();
            columns.metrics().forEach((index, metric) -> letters.put(metric.code(), SheetRow.columnLetters(index)));
            return new Submission(rows, problems, rowsRead, style, evidence.decidingCell(), metricColumns, letters);
        }

        private void accept(SheetRow row) throws FileRefused {
            if (columns == null) {
                HeaderFinder.Found found = headerFinder.offer(row);
                if (found == null) {
                    return;
                }
                columns = found.columns();
                if (found.consumedRow()) {
                    return;
                }
            }
            dataRow(row);
        }

        private void dataRow(SheetRow row) throws FileRefused {
            if (row.isBlank()) {
                return;
            }
            rowsRead++;
            long line = row.line();
            checkPeriod(row, columns.year(), catalogue.phase().year(), "năm");
            checkPeriod(row, columns.phase(), catalogue.phase().phase(), "đợt");
            String unitCode = row.text(columns.unitCode());
            if (!unitCode.isEmpty() && noFigures(row)) {
                // a template's prefilled row left empty: that unit has not reported (blank is never zero)
                rowsRead--;
                return;
            }
            FigureChecks.Place unitPlace = new FigureChecks.Place(line, columns.header(columns.unitCode()),
                    row.cellName(columns.unitCode()), unitCode.isEmpty() ? null : unitCode);
            IntakeCatalogue.OrgUnit unit = unitCode.isEmpty() ? null : catalogue.units().get(unitCode);
            Problem unitProblem = unitProblem(row, unitCode, unit, unitPlace);
            if (unitProblem != null) {
                if (unitProblem.code() == ProblemCode.TOTAL_ROW) {
                    rowsRead--;
                }
                problems.add(unitProblem);
                return;
            }
            int[] indexes = columns.metricIndexes();
            NumberText[] typed = new NumberText[indexes.length];
            boolean needsStyle = false;
            List<Problem> rowProblems = null;
            for (int m = 0; m < indexes.length; m++) {
                SheetRow.Cell cell = row.cell(indexes[m]);
                if (cell.isBlank()) {
                    continue;
                }
                NumberText text = cell.stored() ? NumberText.stored(cell.text()) : NumberText.read(cell.text());
                if (text.kind() == NumberText.Kind.NOT_A_NUMBER) {
                    String header = columns.headerAt()[m];
                    String cellName = row.cellName(indexes[m]);
                    rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
                    rowProblems.add(Problem.at(ProblemCode.NOT_A_NUMBER, line, header, cellName, unitCode,
                            "Ô " + cellName + " (cột " + header + ") ghi “" + cell.text().strip() + "”, không phải là số.",
                            cell.text()));
                    continue;
                }
                if (evidence.wants(text.kind())) {
                    evidence.note(text, new CellPlace(line, columns.headerAt()[m], row.cellName(indexes[m])));
                }
                needsStyle |= text.kind() == NumberText.Kind.AMBIGUOUS;
                typed[m] = text;
            }
            if (rowProblems != null) {
                problems.addAll(rowProblems);
                return;
            }
            Draft draft = new Draft(line, unitCode, unit.level(), typed);
            if (needsStyle) {
                drafts.add(draft);
            } else {
                check(draft, null);
            }
        }

        private boolean noFigures(SheetRow row) {
            for (int index : columns.metricIndexes()) {
                if (!row.cell(index).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** Why the row's unit cannot report here, or null when it can. */
        private Problem unitProblem(SheetRow row, String unitCode, IntakeCatalogue.OrgUnit unit, FigureChecks.Place at) {
            if (unitCode.isEmpty()) {
                if (isTotalRow(row)) {
                    // spreadsheets end with a "Tổng cộng" row; totals are recomputed, never loaded
                    return at.problem(ProblemCode.TOTAL_ROW, "Dòng tổng cộng (không có mã đơn vị) được bỏ qua: hệ thống"
                            + " tự tính tổng từ số liệu của các đơn vị.", "");
                }
                return at.problem(ProblemCode.UNIT_MISSING, "Dòng có số liệu nhưng thiếu mã đơn vị, nên không được nạp.", "");
            }
            if (unit == null) {
                return at.problem(ProblemCode.UNKNOWN_UNIT, "Mã đơn vị “" + unitCode + "” không có trong danh mục đơn vị"
                        + " của LĐLĐ tỉnh. Hãy kiểm tra lại mã (danh sách mã có trong mẫu báo cáo của đợt).", unitCode);
            }
            if (unit.level() == 1) {
                return at.problem(ProblemCode.UNIT_LEVEL, unitCode + " là mã của " + unit.name()
                        + ", không báo cáo số liệu theo mẫu của đơn vị.", unitCode);
            }
            if (!unit.openDuring(catalogue.phase())) {
                return at.problem(ProblemCode.UNIT_CLOSED, closedMessage(unit), unitCode);
            }
            Long first = firstLineOfUnit.putIfAbsent(unitCode, row.line());
            if (first != null) {
                return at.problem(ProblemCode.DUPLICATE_UNIT, "Đơn vị " + unitCode + " đã có ở dòng " + first
                        + " của tệp này; dòng lặp lại không được nạp.", unitCode);
            }
            return null;
        }

        private String closedMessage(IntakeCatalogue.OrgUnit unit) {
            IntakeCatalogue.Phase phase = catalogue.phase();
            String span = " (" + VietnameseFormat.date(phase.startsOn()) + " – " + VietnameseFormat.date(phase.endsOn()) + ")";
            String when = unit.closedOn() != null && unit.closedOn().isBefore(phase.startsOn())
                    ? "đã giải thể ngày " + VietnameseFormat.date(unit.closedOn()) + ", trước đợt " + phase.phase() + span
                    : "thành lập ngày " + VietnameseFormat.date(unit.openedOn()) + ", sau khi đợt " + phase.phase()
                            + " kết thúc" + span;
            return "Đơn vị " + unit.code() + " (" + unit.name() + ") " + when + ", nên không báo cáo trong đợt này.";
        }

        /**
         * Checks a row's figures and keeps it when they pass.
         * @param style the file's style, or null when none of the row's numbers depends on it
         */
        private void check(Draft draft, NumberStyle style) {
            List<Problem> rowProblems = null;
            SortedMap<String, BigDecimal> figures = new TreeMap<>();
            NumberText[] typed = draft.typed();
            for (int m = 0; m < typed.length; m++) {
                NumberText text = typed[m];
                if (text == null) {
                    continue;
                }
                IntakeCatalogue.Metric metric = columns.metricAt()[m];
                BigDecimal value = style == null ? text.ownValue() : text.in(style);
                Problem problem = FigureChecks.bounds(metric, text, value, m, draft, this::place);
                if (problem != null) {
                    rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
                    rowProblems.add(problem);
                } else {
                    figures.put(metric.code(), value);
                }
            }
            if (draft.level() == 3 && rowProblems == null) {
                for (IntakeCatalogue.Metric metric : catalogue.metrics()) {
                    if (metric.required() && !figures.containsKey(metric.code())) {
                        rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
                        rowProblems.add(Problem.at(ProblemCode.REQUIRED_MISSING, draft.line(), metric.labelVi(), null,
                                draft.unitCode(), "Thiếu " + VietnameseText.lowerFirst(metric.labelVi())
                                        + ": đây là số liệu bắt buộc của mỗi công đoàn cơ sở.", ""));
                    }
                }
            }
            if (rowProblems == null) {
                for (IntakeCatalogue.Rule rule : catalogue.rules()) {
                    String broken = FigureChecks.ruleBroken(catalogue, rule, figures);
                    if (broken != null) {
                        int column = columns.indexOf(rule.left());
                        rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
                        rowProblems.add(Problem.rule(rule.code(), draft.line(), columns.headerOf(rule.left()),
                                column < 0 ? null : SheetRow.columnLetters(column) + draft.line(), draft.unitCode(),
                                broken, figures.get(rule.left()).toPlainString()));
                    }
                }
            }
            if (rowProblems == null) {
                rows.add(new UnitFigures(draft.line(), draft.unitCode(), figures));
            } else {
                problems.addAll(rowProblems);
            }
        }

        /** Where the m-th metric cell of a draft row sits: built only for a problem. */
        FigureChecks.Place place(Draft draft, int m) {
            return new FigureChecks.Place(draft.line(), columns.headerAt()[m],
                    SheetRow.columnLetters(columns.metricIndexes()[m]) + draft.line(), draft.unitCode());
        }

        private void checkPeriod(SheetRow row, int column, int expected, String what) throws FileRefused {
            if (column < 0 || row.text(column).isEmpty()) {
                return;
            }
            String digits = row.text(column).replaceAll("\\D", "");
            if (digits.isEmpty() || digits.length() > 6 || Integer.parseInt(digits) != expected) {
                IntakeCatalogue.Phase phase = catalogue.phase();
                throw new FileRefused(ProblemCode.WRONG_PERIOD, "Dòng " + row.line() + " ghi " + what + " “"
                        + row.text(column) + "”, nhưng tệp được gửi vào hộp thư đợt " + phase.phase() + " năm "
                        + phase.year() + ". Không số liệu nào của tệp được nạp; hãy gửi tệp vào đúng đợt hoặc sửa cột "
                        + columns.header(column) + ".");
            }
        }
    }

    private static boolean isTotalRow(SheetRow row) {
        return row.cells().stream().filter(c -> !c.stored()).map(c -> VietnameseText.fold(c.text()))
                .anyMatch(t -> t.equals("tong") || t.equals("cong") || t.startsWith("tong cong") || t.startsWith("tong so")
                        || t.equals("total"));
    }
}
