package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, strict access to one YAML mapping: a missing required key, a wrong type or an unknown key is an
 * error naming its path ("criteria[3].scoring.full_at"), because a typo in a rule must not silently fall
 * back to a default and change grades.
 */
final class YamlNode {

    private final String path;
    private final Map<?, ?> map;

    YamlNode(String path, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw error(path, "cần một nhóm khóa: giá trị / expected a mapping");
        }
        this.path = path;
        this.map = m;
    }

    void allowOnly(String... keys) {
        Set<String> allowed = new LinkedHashSet<>(List.of(keys));
        for (Object k : map.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw error(where(String.valueOf(k)), "khóa không được hỗ trợ / unknown key (có thể dùng / allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Object raw(String key) {
        if (!has(key)) {
            throw error(where(key), "thiếu / missing");
        }
        return map.get(key);
    }

    String string(String key) {
        Object v = raw(key);
        String s = String.valueOf(v).trim();
        if (s.isEmpty()) {
            throw error(where(key), "không được để trống / must not be empty");
        }
        return s;
    }

    String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    BigDecimal decimal(String key) {
        Object v = raw(key);
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw error(where(key), "cần một số (dấu chấm thập phân) / expected a number, got '" + v + "'");
    }

    int integer(String key) {
        BigDecimal d = decimal(key);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw error(where(key), "cần một số nguyên / expected an integer, got " + d.toPlainString());
        }
    }

    LocalDate date(String key) {
        Object v = raw(key);
        if (v instanceof Date d) { // SnakeYAML reads an unquoted 2024-12-31 as a timestamp at UTC midnight
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v).trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw error(where(key), "cần ngày dạng yyyy-MM-dd / expected yyyy-MM-dd, got '" + v + "'");
        }
    }

    YamlNode node(String key) {
        return new YamlNode(where(key), raw(key));
    }

    List<?> list(String key) {
        Object v = raw(key);
        if (!(v instanceof List<?> l)) {
            throw error(where(key), "cần một danh sách / expected a list");
        }
        return l;
    }

    Map<?, ?> map(String key) {
        return node(key).map;
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static RubricException error(String path, String message) {
        return new RubricException("Bộ tiêu chí: " + path + ": " + message);
    }
}
