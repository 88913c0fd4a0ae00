package vn.thidua.vietnamese;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared and joined the way a person reads it. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * The text with case, accents, spacing and punctuation ignored: "Số ĐV (người)" → "so dv nguoi". Headers
     * typed by hand, without accents or in capitals, then match the catalogue's labels.
     */
    public static String fold(String text) {
        String s = text.replace("\uFEFF", "").replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(lower);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** "Số đoàn viên" → "số đoàn viên", for a label in the middle of a sentence; acronyms stay ("CĐCS giải thể"). */
    public static String lowerFirst(String label) {
        if (label.isEmpty() || label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /** "số đoàn viên" → "Số đoàn viên", for a label at the start of a sentence. */
    public static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
