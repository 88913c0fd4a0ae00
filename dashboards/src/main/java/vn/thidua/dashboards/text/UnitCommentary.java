package vn.thidua.dashboards.text;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.UnitComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a federation's unit chart shows, in sentences computed from the same rows: the highest and the lowest
 * unit, how many rose, how many reach the federation's and the province's level, and who has no figure.
 */
public final class UnitCommentary {

    private UnitCommentary() {
    }

    /** @param federationName how the federation is called in a sentence ("Ba Bể") */
    public static List<String> of(UnitComparison c, String federationName, int year) {
        List<ComparisonRow> known = c.withFigure();
        List<String> out = new ArrayList<>();
        if (known.isEmpty()) {
            out.add("Cả năm " + year + ": chưa có số liệu của công đoàn cơ sở nào.");
            return out;
        }
        out.add(Commentary.extremes("Cả năm " + year, known, c.measure()));
        Commentary.movement(known, c.measure(), year).ifPresent(out::add);
        List<String> levels = new ArrayList<>();
        if (c.federationValue() != null) {
            levels.add(atLeast(known, c.federationValue()) + "/" + known.size() + " CĐCS đạt từ mức chung của "
                    + federationName + " (" + c.measure().text(c.federationValue()) + ") trở lên");
        }
        if (c.provinceValue() != null) {
            levels.add(atLeast(known, c.provinceValue()) + "/" + known.size() + " đạt từ mức chung toàn tỉnh ("
                    + c.measure().text(c.provinceValue()) + ") trở lên");
        }
        if (!levels.isEmpty()) {
            String joined = String.join("; ", levels);
            out.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".");
        }
        Commentary.missing(Map.of(0, c.withoutFigure()), year).ifPresent(out::add);
        return out;
    }

    private static long atLeast(List<ComparisonRow> rows, double level) {
        return rows.stream().filter(r -> r.current() >= level).count();
    }
}
