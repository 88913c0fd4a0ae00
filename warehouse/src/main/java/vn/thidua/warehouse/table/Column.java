package vn.thidua.warehouse.table;

/** One column of a published table: its name and Parquet type (every column may be null). */
public record Column(String name, Type type) {

    /** The Parquet types the warehouse uses; the SQL name is DuckDB's for the same type. */
    public enum Type {
        INT32("INTEGER"), DOUBLE("DOUBLE"), STRING("VARCHAR"), BOOLEAN("BOOLEAN"), DATE("DATE");

        private final String sql;

        Type(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public static Column int32(String name) {
        return new Column(name, Type.INT32);
    }

    public static Column float64(String name) {
        return new Column(name, Type.DOUBLE);
    }

    public static Column string(String name) {
        return new Column(name, Type.STRING);
    }

    public static Column bool(String name) {
        return new Column(name, Type.BOOLEAN);
    }

    public static Column date(String name) {
        return new Column(name, Type.DATE);
    }
}
