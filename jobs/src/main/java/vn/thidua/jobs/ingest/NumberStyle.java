package vn.thidua.jobs.ingest;

/**
 * How a file writes numbers as text. Vietnamese: {@code 1.234.567} and {@code 12,5}. Plain: {@code 1234567}
 * and {@code 12.5}. A CSV with {@code ;} is Vietnamese (Excel in the vi-VN locale saves it so), one with
 * {@code ,} is plain; text cells of a workbook are Vietnamese.
 */
public enum NumberStyle { VIETNAMESE, PLAIN }
