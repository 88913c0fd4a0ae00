package vn.thidua.intake;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The bundled sample's catalogue (sample-data/reference), as the jobs module gives it to the intake. */
public final class SampleCatalogue {

    private static final Path REFERENCE = Path.of(System.getProperty("thidua.sample-data", "../sample-data"), "reference");

    private SampleCatalogue() {
    }

    public static IntakeCatalogue of(int year, int phase) {
        try {
            IntakeCatalogue.Phase chosen = rows("phases.csv").stream()
                    .filter(r -> Integer.parseInt(r.get("year")) == year && Integer.parseInt(r.get("phase")) == phase)
                    .map(r -> new IntakeCatalogue.Phase(year, phase, LocalDate.parse(r.get("starts_on")),
                            LocalDate.parse(r.get("ends_on")), LocalDate.parse(r.get("deadline"))))
                    .findFirst().orElseThrow();
            Map<String, IntakeCatalogue.OrgUnit> units = new LinkedHashMap<>();
            for (CSVRecord r : rows("org_units.csv")) {
                units.put(r.get("code"), new IntakeCatalogue.OrgUnit(r.get("code"), r.get("name"), Integer.parseInt(r.get("level")),
                        date(r.get("opened_on")), date(r.get("closed_on"))));
            }
            return IntakeCatalogue.of(chosen, metrics(), rules(), units);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sample's metrics (sample-data/reference/metrics.csv). */
    public static List<IntakeCatalogue.Metric> metrics() {
        try {
            List<IntakeCatalogue.Metric> metrics = new ArrayList<>();
            for (CSVRecord r : rows("metrics.csv")) {
                metrics.add(new IntakeCatalogue.Metric(r.get("code"), r.get("label_vi"), r.get("unit"), number(r.get("min_value")),
                        number(r.get("max_value")), number(r.get("max_change_pct")), Boolean.parseBoolean(r.get("required")),
                        Arrays.stream(r.get("aliases").split("\\|")).filter(a -> !a.isBlank()).toList()));
            }
            return metrics;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sample's cross-field rules (sample-data/reference/rules.csv). */
    public static List<IntakeCatalogue.Rule> rules() {
        try {
            List<IntakeCatalogue.Rule> rules = new ArrayList<>();
            for (CSVRecord r : rows("rules.csv")) {
                rules.add(new IntakeCatalogue.Rule(r.get("code"), r.get("left"), r.get("operator"),
                        Arrays.stream(r.get("right").split("\\+")).map(String::trim).toList(), r.get("message_vi")));
            }
            return rules;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static BigDecimal number(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    private static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }
}
