package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.DashboardDataReader;
import vn.thidua.dashboards.data.IndicatorCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterRankingTest {

    @TempDir
    Path warehouse;

    @Test
    void ranksUnitsWithinTheirClusterAndShowsBothEndsOfALongRanking() {
        // given
        new DashboardFixture().writeTo(warehouse);
        DashboardData snapshot = new DashboardDataReader(warehouse).read(2024);

        // when
        List<ClusterRanking> rankings = ClusterRanking.of(snapshot, IndicatorCodes.PARTICIPATION_RATE);

        // then
        assertThat(rankings).extracting(ClusterRanking::clusterCode)
                .containsExactly("K01", "K02", "K03", "K04", "K05", "K06", "K07");
        ClusterRanking south = rankings.get(2);
        assertThat(south.clusterName()).startsWith("Khối các CĐCS hành chính sự nghiệp các huyện phía Nam");
        assertThat(south.ranked()).hasSize(16);
        assertThat(south.top()).hasSize(5).extracting(ClusterRanking.RankedUnit::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(south.bottom()).hasSize(5).extracting(ClusterRanking.RankedUnit::rank)
                .containsExactly(12, 13, 14, 15, 16);
        for (int i = 1; i < south.ranked().size(); i++) {
            var before = south.ranked().get(i - 1);
            var after = south.ranked().get(i);
            assertThat(before.value().value()).isGreaterThanOrEqualTo(after.value().value());
            if (before.value().value().equals(after.value().value())) {
                assertThat(before.unit().code()).as("ties by code").isLessThan(after.unit().code());
            }
        }
        ClusterRanking north = rankings.get(1);
        assertThat(north.missing()).extracting(u -> u.code()).containsExactly("NS.003");
        ClusterRanking city = rankings.get(0);
        assertThat(city.ranked()).hasSize(4);
        assertThat(city.top()).as("a short ranking is shown whole").hasSize(4);
        assertThat(city.bottom()).isEmpty();
    }
}
