package vn.thidua.warehouse;

import java.util.Arrays;

/**
 * The levels an {@code indicator_value} row is computed at (contract §4). A grassroots union is a
 * {@link #UNIT}; the unions directly under a province roll up at {@link #FEDERATION} level under the
 * province's own code.
 */
public enum Level {
    UNIT("unit"),
    FEDERATION("federation"),
    CLUSTER("cluster"),
    PROVINCE("province");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /** The value of the {@code level} column. */
    public String code() {
        return code;
    }

    public static Level fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có cấp '" + code + "' trong indicator_value"));
    }
}
