package vn.thidua.warehouse.snapshot;

/** One row of {@code cluster}: an emulation cluster or block (cụm, khối thi đua). */
public record ClusterRow(String code, String name) {

    public Object[] cells() {
        return new Object[] {code, name};
    }
}
