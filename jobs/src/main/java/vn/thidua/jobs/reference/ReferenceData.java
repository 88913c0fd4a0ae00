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
import vn.thidua.reference.ReferenceException;
import vn.thidua.reference.ReferenceFile;
import vn.thidua.reference.csv.CsvTable;
import vn.thidua.reference.indicator.Catalogue;
import vn.thidua.reference.indicator.IndicatorParser;
import vn.thidua.reference.indicator.MetricDefinition;
import vn.thidua.reference.indicator.MetricKind;

/**
 * The reference files of one data directory, cross-checked before anything is written: a catalogue
 * that names an unknown metric or parent is refused as a whole. The small catalogues are held in
 * memory; org units and targets (130,000 and 500,000 rows at national scale) are streamed.
 */
public record ReferenceData(String version, String checksum, Path directory,
                            Map<ReferenceFile, List<CsvTable.Row>> tables) {

    static final Set<ReferenceFile> STREAMED = Set.of(ReferenceFile.ORG_UNITS, ReferenceFile.TARGETS);

    public static ReferenceData read(Path referenceDir) throws IOException {
        Path versionFile = referenceDir.resolve(ReferenceFile.VERSION_FILE);
        if (!Files.isRegularFile(versionFile)) {
            throw new IOException("Thiếu tệp phiên bản danh mục " + versionFile + " (missing catalogue VERSION file)");
        }
        String version = Files.readString(versionFile, StandardCharsets.UTF_8).trim();
        MessageDigest digest = sha256();
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        Map<ReferenceFile, List<CsvTable.Row>> tables = new EnumMap<>(ReferenceFile.class);
        for (ReferenceFile file : ReferenceFile.values()) {
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
                tables.put(file, CsvTable.readExactly(path, file.columns()));
            }
        }
        ReferenceData data = new ReferenceData(version, HexFormat.of().formatHex(digest.digest()), referenceDir, tables);
        data.check();
        return data;
    }

    /** The rows of a small catalogue; for the streamed files use {@link #forEach}. */
    public List<CsvTable.Row> rows(ReferenceFile file) {
        if (STREAMED.contains(file)) {
            throw new IllegalArgumentException(file + " is streamed");
        }
        return tables.get(file);
    }

    public void forEach(ReferenceFile file, CsvTable.RowHandler handler) throws IOException {
        if (STREAMED.contains(file)) {
            CsvTable.forEachExactly(directory.resolve(file.fileName()), file.columns(), handler);
        } else {
            for (CsvTable.Row row : tables.get(file)) {
                handler.accept(row);
            }
        }
    }

    private void check() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> clusters = codes(ReferenceFile.CLUSTERS);
        Set<String> metrics = codes(ReferenceFile.METRICS);
        Map<String, String> parents = new HashMap<>();
        forEach(ReferenceFile.ORG_UNITS, unit -> {
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
        for (CsvTable.Row rule : rows(ReferenceFile.RULES)) {
            for (String term : (rule.get("left") + "+" + rule.get("right")).split("\\+")) {
                if (!metrics.contains(term.trim())) {
                    problems.add("rules.csv: quy tắc " + rule.get("code") + " dùng chỉ số không có " + term.trim());
                }
            }
        }
        problems.addAll(catalogueProblems());
        for (CsvTable.Row movement : rows(ReferenceFile.MOVEMENTS)) {
            if (!movement.get("year").matches("\\d{4}") || movement.get("name_vi").isEmpty()) {
                problems.add("movements.csv: dòng " + movement.line() + " cần năm (4 chữ số) và tên phong trào");
            }
        }
        forEach(ReferenceFile.TARGETS, target -> {
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

    /** The indicator grammar of the reference module: the same check the analytics job makes, made at loading. */
    private List<String> catalogueProblems() {
        try {
            List<MetricDefinition> metrics = new ArrayList<>();
            for (CsvTable.Row row : rows(ReferenceFile.METRICS)) {
                metrics.add(new MetricDefinition(row.get("code"), MetricKind.parse(row.get("kind"))));
            }
            List<IndicatorParser.Raw> indicators = new ArrayList<>();
            for (CsvTable.Row row : rows(ReferenceFile.INDICATORS)) {
                indicators.add(new IndicatorParser.Raw(row.get("code"), row.get("label_vi"), row.get("label_en"),
                        row.get("numerator"), row.get("denominator"),
                        row.get("scale").isEmpty() ? null : Double.valueOf(row.get("scale")), row.get("unit"),
                        row.get("direction")));
            }
            Catalogue.of(metrics, indicators);
            return List.of();
        } catch (ReferenceException e) {
            return List.of(e.getMessage());
        } catch (IllegalArgumentException e) {
            return List.of("metrics.csv hoặc indicators.csv: " + e.getMessage());
        }
    }

    private Set<String> codes(ReferenceFile file) {
        Set<String> codes = new HashSet<>();
        rows(file).forEach(row -> codes.add(row.get("code")));
        return codes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
