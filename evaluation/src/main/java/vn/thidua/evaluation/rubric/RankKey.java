package vn.thidua.evaluation.rubric;

/**
 * One key of the ranking order: {@code total_points}, {@code org_unit_code} or an indicator code of the
 * snapshot (a unit without that figure comes after those with it).
 */
public record RankKey(String key, boolean descending) {

    public static final String TOTAL = "total_points";
    public static final String CODE = "org_unit_code";

    /** "tổng điểm giảm dần, participation_rate giảm dần, mã đơn vị tăng dần" for explanations. */
    public static String describeVi(java.util.List<RankKey> keys) {
        return String.join(", ", keys.stream().map(k -> (switch (k.key()) {
            case TOTAL -> "tổng điểm";
            case CODE -> "mã đơn vị";
            default -> k.key();
        }) + (k.descending() ? " giảm dần" : " tăng dần")).toList());
    }

    @Override
    public String toString() {
        return key + (descending ? " desc" : " asc");
    }
}
