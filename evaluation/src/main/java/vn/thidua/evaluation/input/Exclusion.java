package vn.thidua.evaluation.input;

/** A unit excluded from grading, with the reason staff gave (no emulation registration, a disciplinary measure…). */
public record Exclusion(String unitCode, String reason) {
}
