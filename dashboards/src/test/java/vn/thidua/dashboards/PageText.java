package vn.thidua.dashboards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a written page as a person does: its visible words, or one of its sections. */
final class PageText {

    private PageText() {
    }

    /** The text between the tags, without the style sheet, entities decoded, white space collapsed. */
    static String visible(String html) {
        String text = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    /** The HTML of {@code <section id="…">} up to its end; fails the test when the page has no such section. */
    static String section(String html, String id) {
        Matcher m = Pattern.compile("(?s)<section id=\"" + Pattern.quote(id) + "\">.*?</section>").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no section " + id);
        }
        return m.group();
    }

    /** How many times {@code part} occurs in {@code text}. */
    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
