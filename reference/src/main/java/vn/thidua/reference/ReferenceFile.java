package vn.thidua.reference;

import java.util.List;

/**
 * The reference files under {@code <data>/reference/} and their exact columns (docs/data-contracts.md §1).
 * Staff curate them in a spreadsheet; a wrong header is an error, never a guess.
 */
public enum ReferenceFile {
    CLUSTERS("clusters.csv", List.of("code", "name")),
    ORG_UNITS("org_units.csv", List.of("code", "name", "parent_code", "level", "type", "cluster", "opened_on", "closed_on")),
    PHASES("phases.csv", List.of("year", "phase", "name", "starts_on", "ends_on", "deadline")),
    METRICS("metrics.csv", List.of("code", "label_vi", "label_en", "unit", "kind", "min_value", "max_value",
            "max_change_pct", "required", "aliases")),
    RULES("rules.csv", List.of("code", "left", "operator", "right", "message_vi")),
    INDICATORS("indicators.csv", List.of("code", "label_vi", "label_en", "numerator", "denominator", "scale", "unit",
            "direction")),
    TARGETS("targets.csv", List.of("year", "unit_code", "metric_code", "target_value")),
    /** Each year's movement: its name, theme and occasion (an anniversary), as the documents print them. */
    MOVEMENTS("movements.csv", List.of("year", "name_vi", "theme_vi", "occasion_vi"));

    /** One line: the catalogue's version id, e.g. {@code 2024.2}. */
    public static final String VERSION_FILE = "VERSION";

    private final String fileName;
    private final List<String> columns;

    ReferenceFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }
}
