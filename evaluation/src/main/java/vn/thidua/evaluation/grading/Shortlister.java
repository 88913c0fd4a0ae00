package vn.thidua.evaluation.grading;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thidua.evaluation.rubric.ShortlistRule;

/**
 * Fills the award shortlists in rubric order: per scope (cluster, federation or the province), the best
 * {@code count} scored units with at least the list's grade, better grade first, then the ranking order.
 * A unit already on an earlier list is not considered again.
 */
final class Shortlister {

    private Shortlister() {
    }

    static void fill(List<ShortlistRule> rules, List<UnitCase> units, Comparator<UnitCase> order) {
        Comparator<UnitCase> gradeFirst = Comparator.comparing(UnitCase::grade).thenComparing(order);
        for (ShortlistRule rule : rules) {
            Map<String, List<UnitCase>> groups = units.stream()
                    .filter(u -> u.scored() && !u.onShortlist() && u.grade().atLeast(rule.minGrade()))
                    .collect(Collectors.groupingBy(scope(rule.scope()), TreeMap::new, Collectors.toList()));
            for (List<UnitCase> group : groups.values()) {
                List<UnitCase> best = group.stream().sorted(gradeFirst).limit(rule.count()).toList();
                for (int i = 0; i < best.size(); i++) {
                    UnitCase u = best.get(i);
                    u.shortlisted(rule, i + 1, "Đề nghị " + rule.labelVi() + ": thứ " + (i + 1) + " trong " + rule.count()
                            + " suất của " + scopeName(rule.scope(), u) + ", xét các đơn vị từ mức \""
                            + rule.minGrade().labelVi() + "\" chưa có tên ở danh sách trước");
                }
            }
        }
    }

    private static String scopeName(ShortlistRule.Scope scope, UnitCase u) {
        return switch (scope) {
            case CLUSTER -> u.unit().clusterName();
            case FEDERATION -> String.valueOf(u.unit().federationName());
            case PROVINCE -> "toàn tỉnh";
        };
    }

    private static Function<UnitCase, String> scope(ShortlistRule.Scope scope) {
        return switch (scope) {
            case CLUSTER -> u -> u.unit().cluster();
            case FEDERATION -> u -> String.valueOf(u.unit().federationCode());
            case PROVINCE -> u -> "";
        };
    }
}
