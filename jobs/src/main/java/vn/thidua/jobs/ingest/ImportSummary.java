package vn.thidua.jobs.ingest;

/** What one file did to the database: DHIS2's import summary, per file. */
public record ImportSummary(String fileName, String status, boolean late, int rowsRead, int imported, int updated,
                            int unchanged, int rejected, int warnings) {
}
