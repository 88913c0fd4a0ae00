package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an initiative register (sáng kiến). */
public record Initiative(long lineNo, String id, String unitCode, String title, String authors, String field,
                         LocalDate registeredOn, String status, String recognitionLevel, BigDecimal benefitVnd) {
}
