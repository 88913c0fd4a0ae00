package vn.thidua.dashboards.charts;

import java.util.List;

/**
 * A province-wide chart of a few related indicators of one measure (initiatives; achievement; support
 * amounts), one panel per phase. {@code shortLabels} name the bars: the catalogue's labels are sentences.
 */
public record ProvinceChartSpec(String fileName, String title, List<String> codes,
                                List<String> shortLabels, List<Integer> phases, boolean targetLine) {

    public ProvinceChartSpec {
        codes = List.copyOf(codes);
        shortLabels = List.copyOf(shortLabels);
        phases = List.copyOf(phases);
        if (codes.size() != shortLabels.size()) {
            throw new IllegalArgumentException("one short label per indicator");
        }
    }
}
