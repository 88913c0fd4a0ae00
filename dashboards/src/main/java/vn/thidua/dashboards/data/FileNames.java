package vn.thidua.dashboards.data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names made from codes that come from spreadsheets: ASCII letters, digits and dashes only, so that
 * a code can never climb out of the output directory or break a link ("../x", "a b", "Đ").
 */
public final class FileNames {

    private FileNames() {
    }

    public static String slug(String code) {
        String ascii = Normalizer.normalize(code == null ? "" : code, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        // a code of only symbols still gets a stable, distinct name
        return slug.isEmpty() ? "x" + Integer.toHexString(code == null ? 0 : code.hashCode()) : slug;
    }
}
