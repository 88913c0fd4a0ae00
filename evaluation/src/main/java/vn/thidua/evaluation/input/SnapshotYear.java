package vn.thidua.evaluation.input;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One year of one published snapshot, as the evaluation grades it: the snapshot's id (the analytics run id),
 * the grassroots units and their whole-year figures for {@code year} (the evaluated year, or the year before
 * it, which the same rows carry). Maps are sorted by code. {@code createdAt} (Vietnam time, from the
 * manifest; the end of the year when absent) stamps the exports, so that two runs on the same snapshot write
 * the same bytes.
 */
public record SnapshotYear(String id, Path directory, int year, LocalDateTime createdAt, Map<String, GrassrootsUnit> units,
                           Map<String, UnitFigures> figures, Map<String, IndicatorInfo> indicators) {

    /** The catalogue entry, or a bare one named by its code when the snapshot's indicator table lacks it. */
    public IndicatorInfo indicator(String code) {
        return indicators.getOrDefault(code, new IndicatorInfo(code, code, ""));
    }

    public UnitFigures figures(String unitCode) {
        return figures.getOrDefault(unitCode, UnitFigures.none(unitCode));
    }
}
