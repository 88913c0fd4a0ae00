package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.UnitNames;

/**
 * How a federation is named inside a sentence. The group of units directly under the province is not a
 * federation: "thuộc Các CĐCS trực thuộc LĐLĐ tỉnh" would read wrong, so it gets words of its own.
 */
public final class FederationWords {

    private FederationWords() {
    }

    /** "thuộc Liên đoàn Lao động huyện Ba Bể", or "trực thuộc LĐLĐ tỉnh". */
    public static String belongingTo(Federation f) {
        return directlyUnderProvince(f) ? "trực thuộc LĐLĐ tỉnh" : "thuộc " + f.name();
    }

    /** "Ba Bể", or "khối trực thuộc tỉnh". */
    public static String shortName(Federation f) {
        return directlyUnderProvince(f) ? "khối trực thuộc tỉnh" : f.shortName();
    }

    private static boolean directlyUnderProvince(Federation f) {
        return UnitNames.DIRECTLY_UNDER_PROVINCE.equals(f.shortName());
    }
}
