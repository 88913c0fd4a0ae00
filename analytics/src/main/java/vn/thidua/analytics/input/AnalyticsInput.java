package vn.thidua.analytics.input;

import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;

import vn.thidua.analytics.catalogue.Catalogue;

/**
 * Everything one run reads (contract §3). The files whose size grows with the grassroots unions
 * (org_units, submissions, targets) are Spark RDDs of records, read lazily (their headers were checked);
 * the small ones (catalogue, calendar, clusters, the provinces and federations) were read on the driver.
 *
 * @param submissions records of year, phase, unit_code, submitted_at, late, then one column per metric in
 *                    catalogue order
 * @param inputBytes  size of the three large files, which decides how many partitions the run uses
 */
public record AnalyticsInput(JavaRDD<CsvRecord> orgUnits, JavaRDD<CsvRecord> submissions, JavaRDD<CsvRecord> targets,
                             List<Phase> phases, Map<String, String> clusters, List<UpperUnit> upperUnits,
                             Catalogue catalogue, InputProperties properties, long inputBytes) {

    public AnalyticsInput {
        phases = List.copyOf(phases);
        clusters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clusters)); // names may be null
        upperUnits = List.copyOf(upperUnits);
    }
}
