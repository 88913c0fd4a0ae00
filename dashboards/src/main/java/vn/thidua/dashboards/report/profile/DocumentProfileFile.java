package vn.thidua.dashboards.report.profile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads {@code document-profile.yaml}; every missing or wrong entry is named in Vietnamese. */
public final class DocumentProfileFile {

    /** Where a data directory keeps it. */
    public static final String RELATIVE_PATH = "report/document-profile.yaml";

    private DocumentProfileFile() {
    }

    public static DocumentProfile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DocumentProfileException("Không thấy hồ sơ văn bản " + file + " (cơ quan ban hành, nơi nhận, người ký"
                    + " của báo cáo); xem mẫu trong sample-data/" + RELATIVE_PATH + ".");
        }
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // SafeConstructor: plain maps, lists and scalars only; a profile cannot instantiate classes.
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new DocumentProfileException("Không đọc được hồ sơ văn bản " + file + ": " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new DocumentProfileException("Hồ sơ văn bản " + file + " phải là các cặp \"khóa: giá trị\".");
        }
        Entries e = new Entries(file, map);
        Map<?, ?> signer = e.map("signer");
        Entries s = new Entries(file, signer);
        return new DocumentProfile(e.text("version"), e.text("superior_body"), e.text("issuing_body"),
                e.text("number_line"), e.text("national_title"), e.text("national_motto"), e.text("place"),
                e.text("document_type"), e.text("subject"), e.list("recipients"), s.text("authority"), s.text("title"),
                s.optional("name"));
    }

    private record Entries(Path file, Map<?, ?> map) {

        String text(String key) {
            String value = optional(key);
            if (value.isBlank()) {
                throw new DocumentProfileException("Hồ sơ văn bản " + file + " thiếu \"" + key + "\".");
            }
            return value;
        }

        String optional(String key) {
            Object value = map.get(key);
            return value == null ? "" : value.toString().strip();
        }

        Map<?, ?> map(String key) {
            if (map.get(key) instanceof Map<?, ?> inner) {
                return inner;
            }
            throw new DocumentProfileException("Hồ sơ văn bản " + file + " thiếu mục \"" + key + "\" (authority, title, name).");
        }

        List<String> list(String key) {
            if (!(map.get(key) instanceof List<?> items) || items.isEmpty()) {
                throw new DocumentProfileException("Hồ sơ văn bản " + file + " thiếu danh sách \"" + key + "\".");
            }
            List<String> out = new ArrayList<>();
            items.forEach(i -> out.add(String.valueOf(i).strip()));
            return out;
        }
    }
}
