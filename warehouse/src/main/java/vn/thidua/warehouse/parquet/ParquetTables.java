package vn.thidua.warehouse.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.table.Column;
import vn.thidua.warehouse.table.Table;

/**
 * Reads and writes the published tables as Parquet, through DuckDB's JDBC driver: the one reader every
 * module uses (dashboards, evaluation, the tests of analytics), with no Hadoop client and no Spark. Columns
 * are read by the names and types of the {@link Table}; a {@link Filter} on a partition column reads only the
 * folders it names. One in-memory DuckDB per instance: close it when done.
 */
public final class ParquetTables implements AutoCloseable {

    /** The file a table written here is one of: {@code <table>/part-00000.parquet}. */
    public static final String PART_FILE = "part-00000.parquet";

    private final Connection duck;

    private ParquetTables(Connection duck) {
        this.duck = duck;
    }

    public static ParquetTables open() {
        try {
            // The driver directly, not through DriverManager: inside the application's Spring Boot jar the
            // driver sits in a nested jar that DriverManager's caller check does not see.
            return new ParquetTables(new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties()));
        } catch (SQLException e) {
            throw new IllegalStateException("Không khởi động được DuckDB để đọc Parquet: " + e.getMessage(), e);
        }
    }

    /** Maps one row to a record. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ParquetRow row) throws SQLException;
    }

    /** The rows of {@code tableDir} that pass {@code filter}, in file order; none when the table has no file. */
    public <T> List<T> read(Path tableDir, Table table, Filter filter, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        if (!hasParquet(tableDir)) {
            return rows;
        }
        String select = table.columns().stream()
                .map(c -> "CAST(" + quote(c.name()) + " AS " + c.type().sql() + ") AS " + quote(c.name()))
                .collect(Collectors.joining(", "));
        String where = filter.conditions().stream().map(c -> quote(table.column(c.column()).name()) + " = ?")
                .collect(Collectors.joining(" AND "));
        String sql = "SELECT " + select + " FROM read_parquet(" + literal(glob(tableDir, table)) + ", hive_partitioning = "
                + !table.partitionedBy().isEmpty() + ", union_by_name = true)" + (where.isEmpty() ? "" : " WHERE " + where);
        try (PreparedStatement ps = duck.prepareStatement(sql)) {
            for (int i = 0; i < filter.conditions().size(); i++) {
                ps.setObject(i + 1, filter.conditions().get(i).value());
            }
            try (ResultSet rs = ps.executeQuery()) {
                ParquetRow row = new ParquetRow(rs);
                while (rs.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được bảng " + table.name() + " tại " + tableDir + ": "
                    + e.getMessage(), e);
        }
    }

    public long count(Path tableDir, Table table) {
        if (!hasParquet(tableDir)) {
            return 0;
        }
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet("
                + literal(glob(tableDir, table)) + ", hive_partitioning = " + !table.partitionedBy().isEmpty() + ")")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Không đếm được bảng " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code rows} (values in the table's column order; partition columns included and written as
     * folders) as {@code tableDir[/<partition folders>]/part-00000.parquet}, replacing what the table held.
     */
    public void write(Path tableDir, Table table, List<Object[]> rows) {
        try {
            Warehouse.deleteTree(tableDir); // a rewritten table keeps no file of an earlier write
            Files.createDirectories(tableDir);
            String temp = "t_" + table.name();
            try (Statement st = duck.createStatement()) {
                st.execute("CREATE OR REPLACE TEMP TABLE " + temp + " (" + table.columns().stream()
                        .map(c -> quote(c.name()) + " " + c.type().sql()).collect(Collectors.joining(", ")) + ")");
            }
            try (DuckDBAppender appender = duck.unwrap(DuckDBConnection.class).createAppender("temp", "main", temp)) {
                for (Object[] row : rows) {
                    appender.beginRow();
                    for (int i = 0; i < table.columns().size(); i++) {
                        append(appender, table.columns().get(i), row[i]);
                    }
                    appender.endRow();
                }
            }
            try (Statement st = duck.createStatement()) {
                String partitions = table.partitionedBy().isEmpty() ? ""
                        : ", PARTITION_BY (" + String.join(", ", table.partitionedBy()) + "), FILENAME_PATTERN 'part-{i}'";
                String target = table.partitionedBy().isEmpty() ? tableDir.resolve(PART_FILE).toString() : tableDir.toString();
                st.execute("COPY " + temp + " TO " + literal(target) + " (FORMAT PARQUET, COMPRESSION SNAPPY" + partitions
                        + (table.partitionedBy().isEmpty() ? "" : ", OVERWRITE_OR_IGNORE") + ")");
                st.execute("DROP TABLE " + temp);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Không ghi được bảng " + table.name() + " tại " + tableDir + ": "
                    + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender appender, Column column, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
            return;
        }
        switch (column.type()) {
            case INT32 -> appender.append(((Number) value).intValue());
            case DOUBLE -> appender.append(((Number) value).doubleValue());
            case BOOLEAN -> appender.append((Boolean) value);
            case DATE -> appender.append((LocalDate) value);
            case STRING -> appender.append(value.toString());
        }
    }

    @Override
    public void close() {
        try {
            duck.close();
        } catch (SQLException e) {
            // an in-memory database: nothing to lose
        }
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String glob(Path dir, Table table) {
        return dir.toAbsolutePath() + (table.partitionedBy().isEmpty() ? "/*.parquet" : "/**/*.parquet");
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
