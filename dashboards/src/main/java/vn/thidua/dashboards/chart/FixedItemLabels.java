package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.YearTexts;

import java.io.Serializable;
import java.util.Map;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Value labels written by the figure rather than formatted from the bar's value: "2/1" (founded against the
 * target) on a bar that is 2 long. Keyed by series and category; a bar without its own text falls back.
 */
public final class FixedItemLabels implements CategoryItemLabelGenerator, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> texts;
    private final CategoryItemLabelGenerator fallback;

    /** @param texts by {@link #key(Comparable, Comparable)} */
    public FixedItemLabels(Map<String, String> texts, CategoryItemLabelGenerator fallback) {
        this.texts = Map.copyOf(texts);
        this.fallback = fallback;
    }

    public static String key(Comparable<?> series, Comparable<?> category) {
        return YearTexts.key(series, category);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        String text = texts.get(key(dataset.getRowKey(row), dataset.getColumnKey(column)));
        return text != null ? text : fallback.generateLabel(dataset, row, column);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return fallback.generateRowLabel(dataset, row);
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return fallback.generateColumnLabel(dataset, column);
    }
}
