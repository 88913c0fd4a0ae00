package vn.thidua.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an initiative register (sổ sáng kiến). {@code status}: registered, recognized or applied. */
public record Initiative(long line, String id, String unitCode, String title, String authors, String field,
                         LocalDate registeredOn, String status, String recognitionLevel, BigDecimal benefitVnd) {
}
