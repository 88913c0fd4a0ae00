package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;

import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.Grade;

/**
 * Minimum totals for the three passing grades (below {@code passMin}: không hoàn thành), and the extra
 * condition of the top grade: no criterion below {@code topMinCriterionShare} of its points.
 * {@code notReported} is what a unit that sent nothing gets: {@link Grade#KHONG_BAO_CAO} or
 * {@link Grade#KHONG_HOAN_THANH}.
 */
public record GradeRules(BigDecimal topMin, BigDecimal topMinCriterionShare, BigDecimal goodMin, BigDecimal passMin,
                         Grade notReported) {

    public GradeRules {
        if (topMin.compareTo(goodMin) < 0 || goodMin.compareTo(passMin) < 0) {
            throw new IllegalArgumentException("Ngưỡng xếp loại phải giảm dần: xuat_sac ≥ tot ≥ hoan_thanh"
                    + " / grade thresholds must not increase");
        }
        if (notReported != Grade.KHONG_BAO_CAO && notReported != Grade.KHONG_HOAN_THANH) {
            throw new IllegalArgumentException("not_reported: khong_bao_cao hoặc khong_hoan_thanh");
        }
    }

    /** The top grade's minimum share as staff read it: 0.5 → "50%". */
    public String topMinCriterionShareVi() {
        return VietnameseFormat.number(topMinCriterionShare.movePointRight(2).doubleValue(), 2) + "%";
    }
}
