package vn.thidua.dashboards.snapshot;

import java.util.Locale;

/** The aggregation level of an indicator row, as written in the warehouse's {@code level} column. */
public enum Level {
    UNIT, FEDERATION, CLUSTER, PROVINCE;

    /** Fails loudly on an unknown level: a new level is a contract change the dashboard must learn. */
    public static Level fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Unknown level in indicator_value: '" + code + "'", e);
        }
    }
}
