package vn.thidua.jobs.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Header texts compared the way a person reads them: case, accents, spacing and punctuation ignored. */
final class Headers {

    private Headers() {
    }

    static String normalize(String header) {
        String s = header.replace("\uFEFF", "").replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        return s;
    }
}
