package vn.thidua.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.vietnamese.VietnameseText;

/**
 * The catalogue version a template was made from, written in one of its title rows ("Phiên bản danh mục chỉ
 * tiêu: 2024.3") — a visible cell rather than a document property because a CSV template has no properties
 * and a clerk who copies the sheet into a new workbook keeps the cell. The template writer and the intake
 * share this one spelling.
 */
public final class TemplateStamp {

    public static final String LABEL = "Phiên bản danh mục chỉ tiêu:";

    private static final String FOLDED_LABEL = VietnameseText.fold(LABEL);
    private static final Pattern VERSION = Pattern.compile("[:\\s]*([0-9A-Za-z][0-9A-Za-z._-]*)\\s*$");

    private TemplateStamp() {
    }

    /** The title text stamping {@code version}. */
    public static String text(String version) {
        return LABEL + " " + version;
    }

    /** The version stamped in one row's cells (in one cell, or the label and the version side by side); null if none. */
    public static String find(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).strip();
            if (!VietnameseText.fold(text).startsWith(FOLDED_LABEL)) {
                continue;
            }
            String rest = text.substring(Math.min(text.length(), text.indexOf(':') + 1)).strip();
            if (rest.isEmpty() && i + 1 < cells.size()) {
                rest = cells.get(i + 1).strip();
            }
            Matcher m = VERSION.matcher(rest);
            return m.find() && m.start() == 0 ? m.group(1) : null;
        }
        return null;
    }
}
