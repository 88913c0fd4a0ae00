package vn.thidua.dashboards.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FederationStandingsTest {

    private static final List<Double> PEERS = List.of(90.0, 85.04, 85.01, 80.0, 72.5);

    @Test
    void equalPrintedFiguresShareARankAndTheNextRankIsSkipped() {
        assertThat(FederationStandings.rank(90.0, PEERS, Measure.PERCENT)).isEqualTo(1);
        assertThat(FederationStandings.rank(85.04, PEERS, Measure.PERCENT)).as("85,0% like 85,01").isEqualTo(2);
        assertThat(FederationStandings.rank(85.01, PEERS, Measure.PERCENT)).isEqualTo(2);
        assertThat(FederationStandings.rank(80.0, PEERS, Measure.PERCENT)).isEqualTo(4);
    }

    @Test
    void whereLessIsBetterTheLowestComesFirst() {
        assertThat(FederationStandings.rank(72.5, PEERS, Measure.PERCENT, -1)).isEqualTo(1);
        assertThat(FederationStandings.rank(90.0, PEERS, Measure.PERCENT, -1)).isEqualTo(5);
    }

    @Test
    void aRateChangesInPointsATotalInPercentAndIsAShareOfTheProvince() {
        FederationStanding rate = new FederationStanding("participation_rate", "Tỷ lệ", Measure.PERCENT, 78.4, 81.2, 87.4,
                9, 11, 1);
        FederationStanding total = new FederationStanding("initiatives_registered", "Số sáng kiến", Measure.COUNT, 137.0,
                152.0, 1234.0, null, 11, 1);

        assertThat(rate.change()).isCloseTo(-2.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rate.shareOfProvince()).isNull();
        assertThat(total.change()).isCloseTo(-9.87, org.assertj.core.data.Offset.offset(0.01));
        assertThat(total.shareOfProvince()).isCloseTo(11.1, org.assertj.core.data.Offset.offset(0.01));
    }
}
