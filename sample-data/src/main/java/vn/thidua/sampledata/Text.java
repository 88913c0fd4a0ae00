package vn.thidua.sampledata;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting shared by the writers: Vietnamese numbers, accent stripping, dates. */
final class Text {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Text() {}

    /** 1234567 → "1.234.567": Vietnamese groups thousands with dots (no decimals occur in the catalogue). */
    static String vnNumber(long v) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append('.').append(digits, i, i + 3);
        }
        return (v < 0 ? "-" : "") + sb;
    }

    /** "Số đoàn viên" → "So doan vien", what a unit types without a Vietnamese keyboard. */
    static String unaccent(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return nfd.replace('đ', 'd').replace('Đ', 'D');
    }

    static String upper(String s) {
        return s.toUpperCase(VI);
    }
}
