package vn.thidua.dashboards.figures;

import java.util.List;

/**
 * A province-wide chart of a few related indicators of one measure (initiatives; achievement; support
 * amounts), one panel per phase. {@code shortLabels} name the bars: the catalogue's labels are sentences.
 * {@code alsoDescribed} are related indicators of another kind (the register counts beside the submitted
 * ones, the share of units that met a target beside the achievement rate) given in the commentary only.
 */
public record ProvinceChartSpec(String fileName, String title, List<String> codes,
                                List<String> shortLabels, List<Integer> phases, boolean targetLine,
                                List<String> alsoDescribed) {

    public ProvinceChartSpec(String fileName, String title, List<String> codes, List<String> shortLabels,
                             List<Integer> phases, boolean targetLine) {
        this(fileName, title, codes, shortLabels, phases, targetLine, List.of());
    }

    public ProvinceChartSpec {
        codes = List.copyOf(codes);
        shortLabels = List.copyOf(shortLabels);
        phases = List.copyOf(phases);
        alsoDescribed = List.copyOf(alsoDescribed);
        if (codes.size() != shortLabels.size()) {
            throw new IllegalArgumentException("one short label per indicator");
        }
    }
}
