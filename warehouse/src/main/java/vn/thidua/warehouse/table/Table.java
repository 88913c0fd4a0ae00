package vn.thidua.warehouse.table;

import java.util.List;

/**
 * A published table: its folder name, its columns in order, and the columns that are folders
 * ({@code year=2024/phase=0/}) rather than stored in the files, as Spark's {@code partitionBy} writes them.
 */
public record Table(String name, List<Column> columns, List<String> partitionedBy) {

    public Table {
        columns = List.copyOf(columns);
        partitionedBy = List.copyOf(partitionedBy);
        List<String> names = columns.stream().map(Column::name).toList();
        for (String partition : partitionedBy) {
            if (!names.contains(partition)) {
                throw new IllegalArgumentException("Bảng " + name + ": cột phân vùng " + partition + " không có trong bảng");
            }
        }
    }

    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Bảng " + this.name + " không có cột " + name));
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The columns stored inside the Parquet files (not the partition folders). */
    public List<Column> storedColumns() {
        return columns.stream().filter(c -> !partitionedBy.contains(c.name())).toList();
    }
}
