package vn.thidua.spreadsheet;

/**
 * Text for a spreadsheet or CSV cell, neutralised against formula injection: a unit name or a reason typed as
 * "=HYPERLINK(…)" or "+1+cmd|…" in a hand-filled spreadsheet must stay text when staff open, edit or
 * re-save the export (as CSV too), so a leading =, +, -, @, tab or carriage return gets an apostrophe.
 */
public final class SafeCellText {

    private SafeCellText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
