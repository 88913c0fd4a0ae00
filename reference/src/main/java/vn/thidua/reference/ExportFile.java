package vn.thidua.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * What the jobs module exports for one analytics run and the Spark job reads (docs/data-contracts.md §3):
 * RFC 4180, UTF-8, header first. The reference tables keep their §1 columns; {@code submissions.csv} has
 * fixed columns, then one per metric code in {@code metrics.csv} order.
 */
public enum ExportFile {
    ORG_UNITS("org_units.csv", ReferenceFile.ORG_UNITS.columns()),
    CLUSTERS("clusters.csv", ReferenceFile.CLUSTERS.columns()),
    PHASES("phases.csv", ReferenceFile.PHASES.columns()),
    METRICS("metrics.csv", ReferenceFile.METRICS.columns()),
    INDICATORS("indicators.csv", ReferenceFile.INDICATORS.columns()),
    TARGETS("targets.csv", ReferenceFile.TARGETS.columns()),
    MOVEMENTS("movements.csv", ReferenceFile.MOVEMENTS.columns()),
    /** The fixed columns; the metric columns follow ({@link #submissionColumns}). */
    SUBMISSIONS("submissions.csv", List.of("year", "phase", "unit_code", "submitted_at", "late")),
    /** The initiative registers summed per unit and phase. */
    INITIATIVE_REGISTER("initiative_register.csv", List.of("year", "phase", "unit_code", "registered", "recognized",
            "applied", "benefit_vnd"));

    /** Beside the CSV files: {@code catalogue_version}, {@code watermark}, {@code data_cutoff}, {@code exported_at}. */
    public static final String PROPERTIES = "input.properties";

    private final String fileName;
    private final List<String> columns;

    ExportFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** submissions.csv: the fixed columns, then the metric codes. */
    public static List<String> submissionColumns(List<String> metricCodes) {
        List<String> columns = new ArrayList<>(SUBMISSIONS.columns);
        columns.addAll(metricCodes);
        return columns;
    }
}
