package vn.thidua.evaluation.grading;

import java.util.Comparator;
import java.util.List;

import vn.thidua.evaluation.rubric.CapRule;
import vn.thidua.warehouse.Grade;

/**
 * The cap on top grades in one cluster: of the units the thresholds made "xuất sắc", the first
 * {@code floor(share × scored units)} in ranking order keep it; the others get "tốt", with the sentence
 * saying how many were allowed and where the unit stood. Ties in total points are broken by the ranking
 * order (the rubric's tie-break keys, then the unit code), never by chance.
 */
final class ClusterCap {

    private ClusterCap() {
    }

    static void apply(CapRule rule, String clusterName, List<UnitCase> scored, Comparator<UnitCase> order,
                      String orderVi) {
        int allowed = rule.allowed(scored.size());
        List<UnitCase> top = scored.stream().filter(u -> u.grade() == Grade.XUAT_SAC).sorted(order).toList();
        for (int i = allowed; i < top.size(); i++) {
            top.get(i).capped(clusterName + ": tối đa " + rule.maxShareVi()
                    + " số đơn vị được chấm điểm xếp loại xuất sắc (" + scored.size() + " đơn vị → tối đa " + allowed
                    + "); đơn vị đứng thứ " + (i + 1) + " trong " + top.size() + " đơn vị đạt ngưỡng xuất sắc, xếp theo "
                    + orderVi);
        }
    }
}
