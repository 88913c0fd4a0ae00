package vn.thidua.dashboards.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartPartsTest {

    @Test
    void aFewUnitsMakeOneChart() {
        assertThat(ChartParts.of(units(30, 0))).singleElement()
                .satisfies(p -> assertThat(p.name()).isEmpty())
                .satisfies(p -> assertThat(p.rows()).hasSize(30));
    }

    @Test
    void aFewScreensOfUnitsAreCutIntoEqualChartsInRankingOrder() {
        List<ChartParts.Part> parts = ChartParts.of(units(31, 1));

        assertThat(parts).extracting(ChartParts.Part::name).containsExactly("Phần 1/2", "Phần 2/2");
        assertThat(parts).extracting(p -> p.rows().size()).containsExactly(16, 15);
        assertThat(parts.get(1).rows().get(14).current()).as("the unit without a figure stays, last").isNull();
        assertThat(ChartParts.of(units(90, 0))).extracting(p -> p.rows().size()).containsExactly(30, 30, 30);
    }

    @Test
    void manyUnitsShowTheTopAndTheBottomOfTheRanking() {
        List<ComparisonRow> ranked = units(200, 5);

        List<ChartParts.Part> parts = ChartParts.of(ranked);

        assertThat(parts).extracting(ChartParts.Part::name).containsExactly("30 đơn vị cao nhất", "30 đơn vị thấp nhất");
        assertThat(parts.get(0).rows().get(0)).isEqualTo(ranked.get(0));
        assertThat(parts.get(1).rows().get(29)).as("the lowest unit with a figure").isEqualTo(ranked.get(194));
    }

    @Test
    void unitsWithoutAFigureAreLeftOutWhenThatMakesTheRestFit() {
        List<ChartParts.Part> parts = ChartParts.of(units(100, 40));

        assertThat(parts).extracting(p -> p.rows().size()).containsExactly(30, 30);
        assertThat(parts).allSatisfy(p -> assertThat(p.rows()).allSatisfy(r -> assertThat(r.current()).isNotNull()));
    }

    /** {@code n} units highest first, the last {@code missing} without a figure this year. */
    private static List<ComparisonRow> units(int n, int missing) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Double current = i < n - missing ? 100.0 - i * 0.1 : null;
            rows.add(new ComparisonRow(new CategoryKey("U" + i, "Đơn vị " + i), "CĐCS Đơn vị " + i, 50.0, current));
        }
        return rows;
    }
}
