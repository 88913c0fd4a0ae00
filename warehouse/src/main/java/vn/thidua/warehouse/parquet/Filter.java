package vn.thidua.warehouse.parquet;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows to read: column = value conditions, all of which must hold. On a partition column the
 * condition also decides which folders are read at all ({@code year=2024/phase=0/} only).
 */
public record Filter(List<Condition> conditions) {

    public record Condition(String column, Object value) {
    }

    public static final Filter ALL = new Filter(List.of());

    public Filter {
        conditions = List.copyOf(conditions);
    }

    public static Filter where(String column, Object value) {
        return ALL.and(column, value);
    }

    public Filter and(String column, Object value) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(new Condition(column, value));
        return new Filter(more);
    }
}
