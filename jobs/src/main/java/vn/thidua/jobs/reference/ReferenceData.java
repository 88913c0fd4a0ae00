package vn.thidua.jobs.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.jobs.csv.StrictCsvTable;

/**
 * The reference files of one data directory, read and cross-checked before anything is written:
 * a catalogue that names an unknown metric or parent is refused as a whole.
 */
public record ReferenceData(String version, String checksum, Map<ReferenceFiles, List<Map<String, String>>> tables) {

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
            digest.update(Files.readAllBytes(path));
            tables.put(file, StrictCsvTable.read(path, file.columns()));
        }
        ReferenceData data = new ReferenceData(version, HexFormat.of().formatHex(digest.digest()), tables);
        data.check();
        return data;
    }

    public List<Map<String, String>> rows(ReferenceFiles file) {
        return tables.get(file);
    }

    private void check() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> units = codes(ReferenceFiles.ORG_UNITS);
        Set<String> clusters = codes(ReferenceFiles.CLUSTERS);
        Set<String> metrics = codes(ReferenceFiles.METRICS);
        for (Map<String, String> unit : rows(ReferenceFiles.ORG_UNITS)) {
            String parent = unit.get("parent_code");
            if (!parent.isEmpty() && !units.contains(parent)) {
                problems.add("org_units.csv: đơn vị " + unit.get("code") + " có đơn vị cấp trên không tồn tại " + parent);
            }
            String cluster = unit.get("cluster");
            if (!cluster.isEmpty() && !clusters.contains(cluster)) {
                problems.add("org_units.csv: đơn vị " + unit.get("code") + " thuộc cụm không tồn tại " + cluster);
            }
        }
        for (Map<String, String> rule : rows(ReferenceFiles.RULES)) {
            for (String term : terms(rule.get("left") + "+" + rule.get("right"))) {
                if (!metrics.contains(term)) {
                    problems.add("rules.csv: quy tắc " + rule.get("code") + " dùng chỉ số không có " + term);
                }
            }
        }
        for (Map<String, String> indicator : rows(ReferenceFiles.INDICATORS)) {
            for (String term : terms(indicator.get("numerator") + "+" + indicator.get("denominator"))) {
                String metric = term.startsWith("target.") ? term.substring("target.".length()) : term;
                if (!metrics.contains(metric) && !ReferenceFiles.REPORTING_TERMS.contains(term)) {
                    problems.add("indicators.csv: chỉ tiêu " + indicator.get("code") + " dùng số hạng không có " + term);
                }
            }
        }
        for (Map<String, String> target : rows(ReferenceFiles.TARGETS)) {
            if (!units.contains(target.get("unit_code")) || !metrics.contains(target.get("metric_code"))) {
                problems.add("targets.csv: chỉ tiêu giao cho " + target.get("unit_code") + "/" + target.get("metric_code")
                        + " không khớp danh mục");
            }
        }
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
        return java.util.Arrays.stream(expression.split("\\+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
