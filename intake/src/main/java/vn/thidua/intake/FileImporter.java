package vn.thidua.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.intake.register.Register;
import vn.thidua.intake.register.RegisterReader;
import vn.thidua.intake.sheet.SheetSource;
import vn.thidua.intake.sheet.SheetSources;
import vn.thidua.intake.submission.Submission;
import vn.thidua.intake.submission.SubmissionReader;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * Reads and checks one inbox file (nothing is written here): a submission or an initiative register, then
 * a warning wherever a figure moved more than the catalogue allows against the same phase of the previous
 * year. A file that cannot be read is refused with its reason, never a reason to stop the whole inbox.
 */
public final class FileImporter {

    private final IntakeCatalogue catalogue;
    private final PreviousFigures previousYear;

    public FileImporter(IntakeCatalogue catalogue, PreviousFigures previousYear) {
        this.catalogue = catalogue;
        this.previousYear = previousYear;
    }

    public IntakeCatalogue catalogue() {
        return catalogue;
    }

    public FileImport read(InboxFile file, String sha256) {
        boolean late = file.receivedOn().isAfter(catalogue.phase().deadline());
        String description = null;
        try {
            SheetSource source = SheetSources.open(file.path());
            description = source.describe();
            if (file.kind() == InboxFile.Kind.INITIATIVES) {
                Register register = new RegisterReader(catalogue).read(source);
                return new FileImport(file, sha256, late, register.rowsRead(), List.of(), register.initiatives(),
                        register.problems(), null, description, register.numberStyle(), register.numberStyleEvidence(),
                        List.of());
            }
            Submission submission = new SubmissionReader(catalogue).read(source);
            List<Problem> problems = new ArrayList<>(submission.problems());
            problems.addAll(changeWarnings(submission));
            problems.sort(java.util.Comparator.comparing(Problem::line, java.util.Comparator.nullsFirst(
                    java.util.Comparator.naturalOrder())));
            return new FileImport(file, sha256, late, submission.rowsRead(), submission.rows(), List.of(), problems, null,
                    description, submission.numberStyle(), submission.numberStyleEvidence(), submission.metricColumns());
        } catch (FileRefused e) {
            return refused(file, sha256, late, description, e.problem());
        } catch (IOException | RuntimeException e) {
            return refused(file, sha256, late, description, Problem.ofFile(ProblemCode.UNREADABLE,
                    "Không đọc được tệp (" + e.getClass().getSimpleName() + "). Hãy mở lại tệp bằng Excel, lưu thành"
                            + " .xlsx hoặc CSV UTF-8 rồi gửi lại."));
        }
    }

    private static FileImport refused(InboxFile file, String sha256, boolean late, String description, Problem why) {
        return new FileImport(file, sha256, late, 0, List.of(), List.of(), List.of(why), why, description, null, null,
                List.of());
    }

    private List<Problem> changeWarnings(Submission submission) {
        List<UnitFigures> rows = submission.rows();
        Map<String, Map<String, BigDecimal>> before = previousYear.of(rows.stream().map(UnitFigures::unitCode).toList());
        List<Problem> warnings = new ArrayList<>();
        int previous = catalogue.phase().year() - 1;
        for (UnitFigures row : rows) {
            Map<String, BigDecimal> old = before.get(row.unitCode());
            if (old == null) {
                continue;
            }
            for (IntakeCatalogue.Metric metric : catalogue.metrics()) {
                BigDecimal now = row.figures().get(metric.code());
                BigDecimal then = old.get(metric.code());
                if (metric.maxChangePct() == null || now == null || then == null || then.signum() == 0) {
                    continue;
                }
                BigDecimal pct = now.subtract(then).multiply(BigDecimal.valueOf(100)).divide(then, 1, RoundingMode.HALF_UP);
                if (pct.abs().compareTo(metric.maxChangePct()) > 0) {
                    warnings.add(Problem.at(ProblemCode.LARGE_CHANGE, row.line(), metric.labelVi(),
                            submission.cell(metric.code(), row.line()), row.unitCode(),
                            metric.labelVi() + " " + (pct.signum() > 0 ? "tăng " : "giảm ")
                                    + VietnameseFormat.exact(pct.abs()) + "% so với cùng đợt năm " + previous + " (từ "
                                    + VietnameseFormat.exact(then) + " " + (pct.signum() > 0 ? "lên " : "xuống ")
                                    + VietnameseFormat.exact(now) + "). Số liệu vẫn được nạp; vui lòng kiểm tra lại.",
                            now.toPlainString()));
                }
            }
        }
        return warnings;
    }
}
