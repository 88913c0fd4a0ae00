package vn.thidua.evaluation.input;

import java.time.LocalDate;

/** A merger (sáp nhập) or split (chia tách) that gave the unit its present form on {@code on}. */
public record Reorganisation(String unitCode, LocalDate on, String kind, String note) {
}
