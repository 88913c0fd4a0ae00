package vn.thidua.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs the DuckDB statement written by the analytics benchmark (the same indicators as the Spark job,
 * from the same CSV export) and prints its wall time, reading included.
 */
public class DuckDbIndicators {
    public static void main(String[] args) throws Exception {
        String sql = Files.readString(Path.of(args[0]));
        long started = System.nanoTime();
        long rows = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%-58s %10.1f %,12d%n", "DuckDB trên tệp CSV xuất ra (cùng chỉ tiêu)", seconds, rows);
    }
}
