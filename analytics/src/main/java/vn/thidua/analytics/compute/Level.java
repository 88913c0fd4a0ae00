package vn.thidua.analytics.compute;

/** The values of indicator_value.level (contract §4). */
public final class Level {
    public static final String UNIT = "unit";
    public static final String FEDERATION = "federation";
    public static final String CLUSTER = "cluster";
    public static final String PROVINCE = "province";

    private Level() {
    }
}
