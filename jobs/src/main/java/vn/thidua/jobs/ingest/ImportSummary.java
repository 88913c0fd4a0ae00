package vn.thidua.jobs.ingest;

/**
 * What one file did to the database: DHIS2's import summary, per file.
 * @param refusedRows rows refused for one or more errors; {@code errors} counts each fault of each such row
 */
public record ImportSummary(String fileName, String status, boolean late, int rowsRead, int imported, int updated,
                            int unchanged, int refusedRows, int errors, int warnings) {
}
