package vn.thidua.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.warehouse.Grade;

class ClusterCapTest {

    /** Ten scored units in one cluster, 20% cap → two top grades; three tie on 100 points. */
    private static Units tiedCluster() {
        Units units = new Units()
                .unit("U07", "K1", 100.0, 100.0, 100.0, 80.0)
                .unit("U03", "K1", 100.0, 100.0, 100.0, 80.0)
                .unit("U05", "K1", 100.0, 100.0, 100.0, 90.0);
        for (String code : new String[] {"U01", "U02", "U04", "U06", "U08", "U09", "U10"}) {
            units.unit(code, "K1", 60.0, 60.0, 60.0, 99.0);
        }
        return units;
    }

    @Test
    void ties_at_the_cap_are_broken_by_participation_then_by_code() {
        // given
        Units units = tiedCluster();

        // when
        Evaluated result = units.evaluate();

        // then U05 has the best participation; U03 and U07 tie on it too, and U03 comes first by code
        assertThat(Units.find(result, "U05").grade()).isEqualTo(Grade.XUAT_SAC);
        assertThat(Units.find(result, "U03").grade()).isEqualTo(Grade.XUAT_SAC);
        UnitEvaluation capped = Units.find(result, "U07");
        assertThat(capped.thresholdGrade()).isEqualTo(Grade.XUAT_SAC);
        assertThat(capped.grade()).isEqualTo(Grade.TOT);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.reasons().get(1)).contains("10 đơn vị → tối đa 2", "thứ 3 trong 3",
                "tổng điểm giảm dần, participation_rate giảm dần, mã đơn vị tăng dần");
    }

    @Test
    void ranks_in_the_cluster_follow_the_same_order_and_are_unique() {
        // when
        Evaluated result = tiedCluster().evaluate();

        // then
        assertThat(Units.find(result, "U05").clusterRank()).isEqualTo(1);
        assertThat(Units.find(result, "U03").clusterRank()).isEqualTo(2);
        assertThat(Units.find(result, "U07").clusterRank()).isEqualTo(3);
        assertThat(result.units()).extracting(UnitEvaluation::clusterRank).doesNotHaveDuplicates();
        assertThat(Units.find(result, "U01").clusterSize()).isEqualTo(10);
    }

    @Test
    void the_cap_rounds_down_and_a_share_of_one_caps_nothing() {
        // given the same cluster without any real cap
        Units units = tiedCluster().rubric("max_share_top_per_cluster: 0.2", "max_share_top_per_cluster: 1");

        // when
        Evaluated result = units.evaluate();

        // then
        assertThat(result.units()).filteredOn(u -> u.grade() == Grade.XUAT_SAC).hasSize(3);
        assertThat(result.units()).noneMatch(UnitEvaluation::capped);
    }

    @Test
    void each_cluster_has_its_own_cap_and_shortlists_take_grade_then_rank() {
        // given a second cluster with a single (perfect) unit: 20% of 1 rounds down to 0
        Units units = tiedCluster().unit("V01", "K2", 100.0, 100.0, 100.0, 50.0);

        // when
        Evaluated result = units.evaluate();

        // then
        UnitEvaluation alone = Units.find(result, "V01");
        assertThat(alone.grade()).isEqualTo(Grade.TOT);
        assertThat(alone.clusterRank()).isEqualTo(1);
        // shortlists: the flag goes to K1's best; the two province-wide certificates to the next best
        // grades (U03 "xuất sắc", then U07 before V01 on participation), not to a unit of a smaller cluster
        assertThat(Units.find(result, "U05").shortlist()).map(s -> s.code()).contains("co_thi_dua");
        assertThat(Units.find(result, "U03").shortlist()).map(s -> s.code()).contains("giay_khen");
        assertThat(Units.find(result, "U07").shortlist()).map(s -> s.code()).contains("giay_khen");
        assertThat(alone.shortlist()).isEmpty();
    }
}
