package vn.thidua.dashboards.dataset;

/**
 * A chart category: identified by its code, shown by its label. Two federations whose short names
 * collide stay two separate bars, because JFreeChart compares keys, and draws {@link #toString()}.
 */
public record CategoryKey(String id, String label) implements Comparable<CategoryKey> {

    @Override
    public int compareTo(CategoryKey other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return label;
    }
}
