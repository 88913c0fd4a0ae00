package vn.thidua.dashboards.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width, at spaces; a word longer than the line is cut by characters. */
public final class TextWrap {

    private TextWrap() {
    }

    /** Width of a text in points. Text is NFC first: a decomposed accent would be a separate glyph. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(nfc(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').replace('\t', ' ');
    }

    static List<String> lines(PDFont font, float size, String text, float maxWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : nfc(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, size, word) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, size, word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
