package vn.thidua.evaluation.grading;

import java.util.Comparator;
import java.util.List;

import vn.thidua.evaluation.rubric.RankKey;

/**
 * The rubric's ranking order as a comparator: total points, indicator values (a missing value comes last,
 * whichever the direction) and finally the unit code, so that no two units ever tie. The same order
 * ranks units in their cluster, decides who keeps the top grade under the cap, and fills the shortlists.
 */
final class RankOrder {

    private RankOrder() {
    }

    static Comparator<UnitCase> of(List<RankKey> keys) {
        Comparator<UnitCase> order = null;
        for (RankKey key : keys) {
            Comparator<UnitCase> next = switch (key.key()) {
                case RankKey.TOTAL -> direction(Comparator.comparing(UnitCase::total), key.descending());
                case RankKey.CODE -> direction(Comparator.comparing((UnitCase u) -> u.unit().code()), key.descending());
                default -> Comparator.comparing((UnitCase u) -> u.figures().value(key.key()).orElse(null),
                        Comparator.nullsLast(direction(Comparator.<Double>naturalOrder(), key.descending())));
            };
            order = order == null ? next : order.thenComparing(next);
        }
        return order;
    }

    private static <T> Comparator<T> direction(Comparator<T> ascending, boolean descending) {
        return descending ? ascending.reversed() : ascending;
    }
}
