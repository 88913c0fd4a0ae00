package vn.thidua.dashboards.dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** A text per category for the previous year's bar and for this year's (a value label, or why a bar is missing). */
public record YearTexts(Map<CategoryKey, String> previous, Map<CategoryKey, String> current) {

    public static final YearTexts NONE = new YearTexts(Map.of(), Map.of());

    public YearTexts {
        previous = Map.copyOf(previous);
        current = Map.copyOf(current);
    }

    /** Each text with its series key as the chart's dataset names it ("Năm 2023"). */
    public void forEach(int year, BiConsumer<String, Map.Entry<CategoryKey, String>> action) {
        previous.entrySet().forEach(e -> action.accept(YearComparisonDataset.seriesKey(year - 1), e));
        current.entrySet().forEach(e -> action.accept(YearComparisonDataset.seriesKey(year), e));
    }

    /** By {@link #key}. */
    public Map<String, String> bySeries(int year) {
        Map<String, String> out = new HashMap<>();
        forEach(year, (series, e) -> out.put(key(series, e.getKey()), e.getValue()));
        return out;
    }

    /** One bar: its series and its category. */
    public static String key(Comparable<?> series, Comparable<?> category) {
        return series + "|" + category;
    }

    public String current(CategoryKey key, String otherwise) {
        return current.getOrDefault(key, otherwise);
    }

    public String previous(CategoryKey key, String otherwise) {
        return previous.getOrDefault(key, otherwise);
    }
}
