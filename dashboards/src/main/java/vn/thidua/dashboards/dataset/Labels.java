package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.warehouse.snapshot.IndicatorRow;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IndicatorRow labels come from the snapshot's catalogue. An indicator the catalogue does not name reads as such in
 * words: a code ("union_shelters") means nothing to a leader.
 */
public final class Labels {

    public static final String UNNAMED = "Chỉ tiêu chưa có tên trong danh mục";

    /** Two lines of a ranking's category axis hold this much; the abbreviations are kept for shorter names. */
    public static final int MAX_AXIS_UNIT_LENGTH = 64;

    /** Every bar of a ranking is a grassroots union: the words saying so only take room. */
    private static final Pattern UNION_PREFIX = Pattern.compile("^(công đoàn cơ sở|cđcs|công đoàn)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Labels() {
    }

    public static String of(DashboardData snapshot, String indicatorCode) {
        return snapshot.indicator(indicatorCode)
                .map(IndicatorRow::labelVi)
                .filter(s -> !s.isBlank())
                .map(UnitNames::tidy)
                .orElse(UNNAMED);
    }

    /**
     * Whether a figure of the indicator is an achievement (its direction is {@code higher_better}): only then may a
     * sentence say "đạt". An indicator the catalogue does not know, or an empty direction, is neutral (contract §1).
     */
    public static boolean achievement(DashboardData snapshot, String indicatorCode) {
        return snapshot.indicator(indicatorCode).map(IndicatorRow::higherIsBetter).orElse(false);
    }

    /** How the indicator's figures read; an unknown indicator reads as a count. */
    public static Measure measure(DashboardData snapshot, String indicatorCode) {
        return Measure.ofUnit(snapshot.indicator(indicatorCode).map(IndicatorRow::unit).orElse(null));
    }

    /**
     * A grassroots union on a chart axis, never cut at its end: "Công đoàn Chi cục Thi hành án dân sự huyện Chợ Đồn"
     * → "Chi cục Thi hành án dân sự huyện Chợ Đồn". The place comes last in these names and is what tells two
     * "Trường THPT huyện …" apart, so a name still too long for two lines loses words at its start ("…Thi hành án
     * dân sự huyện Chợ Đồn"). The abbreviations of {@link UnitNames} ("THPT") are used where the name fits them.
     */
    public static String unitOnAxis(String code, String name) {
        if (name == null || name.isBlank()) {
            return UnitNames.unitLabel(code, name);
        }
        String s = upperFirst(UNION_PREFIX.matcher(UnitNames.tidy(name)).replaceFirst(""));
        String label = UnitNames.unitLabel(code, s);
        if (!label.endsWith("…")) {
            return upperFirst(label);
        }
        List<String> words = List.of(s.split(" "));
        int from = 0;
        while (from < words.size() - 1 && length(words.subList(from, words.size())) > MAX_AXIS_UNIT_LENGTH - 1) {
            from++;
        }
        return (from == 0 ? "" : "…") + String.join(" ", words.subList(from, words.size()));
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static int length(List<String> words) {
        String text = String.join(" ", words);
        return text.codePointCount(0, text.length());
    }
}
