package vn.thidua.jobs.ingest;

/**
 * A rejected row or cell (severity error) or a warning, with everything a unit needs to fix it:
 * the line, the column as written in their file, a code and a Vietnamese message, and the raw value.
 */
public record Issue(Severity severity, Long lineNo, String column, String unitCode, String code, String message,
                    String rawValue) {

    public enum Severity { ERROR, WARNING }

    static Issue error(Long lineNo, String column, String unitCode, String code, String message, String raw) {
        return new Issue(Severity.ERROR, lineNo, column, unitCode, code, message, raw);
    }

    static Issue warning(Long lineNo, String column, String unitCode, String code, String message, String raw) {
        return new Issue(Severity.WARNING, lineNo, column, unitCode, code, message, raw);
    }
}
