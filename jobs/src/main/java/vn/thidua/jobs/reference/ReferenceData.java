package vn.thidua.jobs.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.jobs.csv.StrictCsvTable;

/**
 * The reference files of one data directory, cross-checked before anything is written: a catalogue
 * that names an unknown metric or parent is refused as a whole. The small catalogues are held in
 * memory; org units and targets (130,000 and 500,000 rows at national scale) are streamed.
 */
public record ReferenceData(String version, String checksum, Path directory,
                            Map<ReferenceFiles, List<Map<String, String>>> tables) {

    static final Set<ReferenceFiles> STREAMED = Set.of(ReferenceFiles.ORG_UNITS, ReferenceFiles.TARGETS);

    public static ReferenceData read(Path referenceDir) throws IOException {
        Path versionFile = referenceDir.resolve(ReferenceFiles.VERSION_FILE);
        if (!Files.isRegularFile(versionFile)) {
            throw new IOException("Thiếu tệp phiên bản danh mục " + versionFile + " (missing catalogue VERSION file)");
        }
        String version = Files.readString(versionFile, StandardCharsets.UTF_8).trim();
        MessageDigest digest = sha256();
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        Map<ReferenceFiles, List<Map<String, String>>> tables = new EnumMap<>(ReferenceFiles.class);
        for (ReferenceFiles file : ReferenceFiles.values()) {
            Path path = referenceDir.resolve(file.fileName());
            if (!Files.isRegularFile(path)) {
                throw new IOException("Thiếu tệp danh mục " + path + " (missing reference file)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            if (!STREAMED.contains(file)) {
                tables.put(file, StrictCsvTable.read(path, file.columns()));
            }
        }
        ReferenceData data = new ReferenceData(version, HexFormat.of().formatHex(digest.digest()), referenceDir, tables);
        data.check();
        return data;
    }

    /** The rows of a small catalogue; for the streamed files use {@link #forEach}. */
    public List<Map<String, String>> rows(ReferenceFiles file) {
        if (STREAMED.contains(file)) {
            throw new IllegalArgumentException(file + " is streamed");
        }
        return tables.get(file);
    }

    public void forEach(ReferenceFiles file, StrictCsvTable.RowHandler handler) throws IOException {
        if (STREAMED.contains(file)) {
            StrictCsvTable.forEach(directory.resolve(file.fileName()), file.columns(), handler);
        } else {
            for (Map<String, String> row : tables.get(file)) {
                handler.accept(row);
            }
        }
    }

    private void check() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> clusters = codes(ReferenceFiles.CLUSTERS);
        Set<String> metrics = codes(ReferenceFiles.METRICS);
        Map<String, String> parents = new HashMap<>();
        forEach(ReferenceFiles.ORG_UNITS, unit -> {
            parents.put(unit.get("code"), unit.get("parent_code"));
            String cluster = unit.get("cluster");
            if (!cluster.isEmpty() && !clusters.contains(cluster)) {
                problems.add("org_units.csv: đơn vị " + unit.get("code") + " thuộc cụm không tồn tại " + cluster);
            }
        });
        parents.forEach((code, parent) -> {
            if (!parent.isEmpty() && !parents.containsKey(parent)) {
                problems.add("org_units.csv: đơn vị " + code + " có đơn vị cấp trên không tồn tại " + parent);
            }
        });
        for (Map<String, String> rule : rows(ReferenceFiles.RULES)) {
            for (String term : terms(rule.get("left") + "+" + rule.get("right"))) {
                if (!metrics.contains(term)) {
                    problems.add("rules.csv: quy tắc " + rule.get("code") + " dùng chỉ số không có " + term);
                }
            }
        }
        for (Map<String, String> indicator : rows(ReferenceFiles.INDICATORS)) {
            for (String term : terms(indicator.get("numerator") + "+" + indicator.get("denominator"))) {
                // target., target_met. and target_assessed. name a metric; register. names a register count
                String metric = term.matches("target(_met|_assessed)?\\..+") ? term.substring(term.indexOf('.') + 1) : term;
                if (!metrics.contains(metric) && !ReferenceFiles.REPORTING_TERMS.contains(term)
                        && !ReferenceFiles.REGISTER_TERMS.contains(term)) {
                    problems.add("indicators.csv: chỉ tiêu " + indicator.get("code") + " dùng số hạng không có " + term);
                }
            }
        }
        forEach(ReferenceFiles.TARGETS, target -> {
            if (!parents.containsKey(target.get("unit_code")) || !metrics.contains(target.get("metric_code"))) {
                problems.add("targets.csv: chỉ tiêu giao cho " + target.get("unit_code") + "/" + target.get("metric_code")
                        + " không khớp danh mục");
            }
        });
        if (!problems.isEmpty()) {
            throw new IOException("Danh mục không hợp lệ (invalid reference data):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
    }

    private Set<String> codes(ReferenceFiles file) {
        Set<String> codes = new HashSet<>();
        rows(file).forEach(row -> codes.add(row.get("code")));
        return codes;
    }

    static List<String> terms(String expression) {
        return java.util.Arrays.stream(expression.split("[+-]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
