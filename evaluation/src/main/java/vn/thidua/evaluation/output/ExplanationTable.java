package vn.thidua.evaluation.output;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.evaluation.grading.UnitEvaluation;
import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.scoring.CriterionScore;

/**
 * The "why this grade" sheet: per unit, one row per criterion (value, points, evidence), the total, and
 * the conclusions in the order the steps reached them (thresholds, cap, verification, shortlist).
 */
final class ExplanationTable {

    private ExplanationTable() {
    }

    static ExportTable build(List<UnitEvaluation> units, Rubric rubric) {
        List<List<Cell>> rows = new ArrayList<>();
        for (UnitEvaluation u : units) {
            for (CriterionScore s : u.scores()) {
                Criterion c = s.criterion();
                rows.add(List.of(Cell.text(u.unit().code()), Cell.text(u.unit().name()), Cell.text(c.code()),
                        Cell.text(c.content() + ". " + rubric.contentLabel(c.content())), Cell.text(c.labelVi()),
                        Cell.decimal(s.indicatorValue()), Cell.points(s.points()), Cell.points(c.points()), Cell.text(s.evidence())));
            }
            if (u.total() != null) {
                rows.add(List.of(Cell.text(u.unit().code()), Cell.text(u.unit().name()), Cell.text("Tổng"), Cell.text(""),
                        Cell.text("Tổng điểm"), Cell.text(""), Cell.points(u.total()), Cell.points(rubric.totalPoints()),
                        Cell.text("")));
            }
            int n = 0;
            for (String reason : u.reasons()) {
                rows.add(List.of(Cell.text(u.unit().code()), Cell.text(u.unit().name()), Cell.text("Kết luận " + (++n)),
                        Cell.text(""), Cell.text(u.grade().labelVi()), Cell.text(""), Cell.text(""), Cell.text(""),
                        Cell.text(reason)));
            }
        }
        return new ExportTable("Giải trình", "giai-trinh.csv", "Giải trình kết quả xếp loại từng CĐCS (vì sao đạt mức này)",
                List.of("Mã đơn vị", "Tên đơn vị", "Mục", "Nội dung thi đua", "Tiêu chí / kết quả", "Giá trị chỉ tiêu",
                        "Điểm", "Điểm tối đa", "Căn cứ, giải trình"), rows);
    }
}
