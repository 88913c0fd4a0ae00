package vn.thidua.dashboards;

import java.nio.file.Path;

/**
 * What {@link ComparativeReport#write} produced.
 * @param snapshotId the published run the figures come from
 * @param pdf the report
 * @param docx the same report, editable
 * @param xlsx its tables as a workbook
 * @param pages the PDF's page count
 */
public record ReportResult(String snapshotId, Path pdf, Path docx, Path xlsx, int pages) {
}
