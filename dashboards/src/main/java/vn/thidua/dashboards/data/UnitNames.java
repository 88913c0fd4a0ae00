package vn.thidua.dashboards.data;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short axis labels for federation names: "Liên đoàn Lao động huyện Ba Bể" → "Ba Bể",
 * "… thành phố Bắc Kạn" → "TP Bắc Kạn", "Công đoàn ngành Giáo dục" → "CĐ ngành Giáo dục".
 * Full names stay in the HTML tables; only chart axes use these.
 */
public final class UnitNames {

    /** The label of the federation row that groups the grassroots unions directly under the province. */
    public static final String DIRECTLY_UNDER_PROVINCE = "Trực thuộc tỉnh";

    public static final int MAX_LENGTH = 24;

    /** Applied in order, first match wins; patterns are case-insensitive and work on NFC text. */
    private static final List<Rule> RULES = List.of(
            new Rule("^(liên đoàn lao động|lđlđ)\\s+(huyện|quận)\\s+", ""),
            new Rule("^(liên đoàn lao động|lđlđ)\\s+(thành phố|tp\\.?)\\s+", "TP "),
            new Rule("^(liên đoàn lao động|lđlđ)\\s+(thị xã|tx\\.?)\\s+", "TX "),
            new Rule("^(liên đoàn lao động|lđlđ)\\s+", "LĐLĐ "),
            new Rule("^công đoàn cơ sở\\s+", "CĐCS "),
            new Rule("^công đoàn\\s+", "CĐ "));

    private static final Pattern SECTOR_PROVINCE = Pattern.compile("^(công đoàn.*?)\\s+tỉnh\\s+\\p{L}+(\\s+\\p{L}+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), replacement);
        }
    }

    private UnitNames() {
    }

    /**
     * @param provinceCode the province's code: a federation row under it is "Trực thuộc tỉnh"
     */
    public static String shortName(String code, String name, String provinceCode) {
        if (code != null && code.equals(provinceCode)) {
            return DIRECTLY_UNDER_PROVINCE;
        }
        if (name == null || name.isBlank()) {
            return code == null ? "?" : code;
        }
        // a sector union's "… tỉnh Bắc Kạn" is the province every bar shares: say it once, in the title
        String s = SECTOR_PROVINCE.matcher(tidy(name)).replaceFirst("$1");
        for (Rule rule : RULES) {
            var m = rule.pattern().matcher(s);
            if (m.find()) {
                s = rule.replacement() + s.substring(m.end());
                break;
            }
        }
        return ellipsis(s);
    }

    /** Spreadsheets bring decomposed accents (NFD), non-breaking spaces and doubled spaces. */
    public static String tidy(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** Longest grassroots-unit label on a chart axis (two lines). */
    public static final int MAX_UNIT_LENGTH = 46;

    /** The usual Vietnamese abbreviations, longest first; whole words only. */
    private static final List<Rule> ABBREVIATIONS = List.of(
            new Rule("^(công đoàn cơ sở|cđcs)\\s+", ""),
            new Rule("\\bTrung học phổ thông\\b", "THPT"),
            new Rule("\\bTrung học cơ sở\\b", "THCS"),
            new Rule("\\bỦy ban nhân dân\\b", "UBND"),
            new Rule("\\bUỷ ban nhân dân\\b", "UBND"),
            new Rule("\\bTrách nhiệm hữu hạn\\b", "TNHH"),
            new Rule("\\bMột thành viên\\b", "MTV"),
            new Rule("\\bGiáo dục và Đào tạo\\b", "GD&ĐT"),
            new Rule("\\bCổ phần\\b", "CP"));

    /**
     * A grassroots union on a chart axis: "CĐCS Trường Trung học phổ thông Chợ Đồn" → "Trường THPT Chợ Đồn".
     * Every bar of a ranking is a grassroots union, so the prefix only costs room; the place stays, because
     * it is what tells two "Trường THPT" apart.
     */
    public static String unitLabel(String code, String name) {
        if (name == null || name.isBlank()) {
            return code == null ? "?" : code;
        }
        String s = tidy(name);
        for (Rule rule : ABBREVIATIONS) {
            s = rule.pattern().matcher(s).replaceAll(java.util.regex.Matcher.quoteReplacement(rule.replacement()));
        }
        s = s.trim();
        return ellipsis(s.isEmpty() ? tidy(name) : s, MAX_UNIT_LENGTH);
    }

    private static String ellipsis(String s) {
        return ellipsis(s, MAX_LENGTH);
    }

    private static String ellipsis(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, max - 1);
        return s.substring(0, end).stripTrailing() + "…";
    }

}
