package vn.thidua.analytics.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.thidua.analytics.TestSpark;
import vn.thidua.analytics.input.AnalyticsInput;
import vn.thidua.analytics.input.InputReader;

/**
 * The indicator semantics on the hand-made fixture (src/test/resources/fixture/input):
 * province BK; federations BB (U1, U2, U6 founded 2024-09-01) and GD (U3, U4 closed 2024-06-15);
 * U5 directly under BK; clusters C1 (U1, U2, U5) and C2 (U3, U4). In 2024 phase 1 U5 did not report,
 * U2 reported late and left initiatives blank, BB sent its own row (unions founded); U4 still sent
 * phase 2 after closing and an unknown unit XX sent a row: both must be ignored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorPipelineTest {

    private final Map<String, Row> rows = new HashMap<>();
    private final IndicatorPipeline pipeline = new IndicatorPipeline();

    /** The comparable part of an indicator_value row. */
    record Values(Double numerator, Double denominator, Double value, Double value2023, Double changeAbs,
                  Double changePct, int unitsReporting, int unitsExpected) {
    }

    @BeforeAll
    void computeFixture() {
        // given the fixture export
        AnalyticsInput input = new InputReader(TestSpark.session()).read(TestSpark.fixtureInput());
        // when indicator_value is computed for 2024
        List<Row> computed = pipeline.indicatorValues(input, 2024).rows().collectAsList();
        for (Row row : computed) {
            String key = key(row.getInt(1), row.getString(2), row.getString(3), row.getString(5));
            assertThat(rows.put(key, row)).as("duplicate row %s", key).isNull();
        }
    }

    @AfterAll
    void release() {
        pipeline.close();
    }

    @Test
    void writesOneRowPerGroupAndIndicatorOfTheReportingYearOnly() {
        Map<String, Integer> groupsPerPhaseAndLevel = new TreeMap<>();
        rows.values().forEach(r -> groupsPerPhaseAndLevel.merge(r.getInt(1) + "/" + r.getString(2), 1, Integer::sum));
        groupsPerPhaseAndLevel.replaceAll((k, v) -> v / 12); // 12 indicators in the fixture
        assertThat(rows).hasSize(34 * 12);
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.getInt(0)).isEqualTo(2024));
        assertThat(groupsPerPhaseAndLevel).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("0/unit", 6), Map.entry("0/federation", 3), Map.entry("0/cluster", 2), Map.entry("0/province", 1),
                Map.entry("1/unit", 5), Map.entry("1/federation", 3), Map.entry("1/cluster", 2), Map.entry("1/province", 1),
                Map.entry("2/unit", 5), Map.entry("2/federation", 3), Map.entry("2/cluster", 2), Map.entry("2/province", 1)));
        assertThat(rows).doesNotContainKey(key(2, "unit", "U4", "members_total")) // closed before phase 2
                .doesNotContainKey(key(1, "unit", "U6", "members_total"))          // founded after phase 1
                .doesNotContainKey(key(2, "unit", "XX", "members_total"))          // unknown unit
                .doesNotContainKey(key(1, "unit", "BB", "members_total"));          // federations are not units
    }

    @Test
    void blankMetricIsNullNotZeroAndKeepsItsSumsNull() {
        // U2, phase 1: initiatives left blank, submitted late, admitted 4 of a target of 10
        assertValues(1, "unit", "U2", "initiatives_per_100", null, null, null, 1.0 / 45 * 100, null, null, 1, 1);
        assertValues(1, "unit", "U2", "activity_total", null, null, null, 4.0, null, null, 1, 1);
        assertValues(1, "unit", "U2", "participation_rate", 20.0, 50.0, 40.0, 15.0 / 45 * 100,
                40.0 - 15.0 / 45 * 100, (40.0 - 15.0 / 45 * 100) / (15.0 / 45 * 100) * 100, 1, 1);
        // a target is for the whole year: a phase is never set against it
        assertValues(1, "unit", "U2", "admission_achievement", null, null, null, null, null, null, 1, 1);
        assertValues(1, "unit", "U2", "timeliness", 0.0, 1.0, 0.0, 100.0, -100.0, -100.0, 1, 1);
        assertThat(rows.get(key(1, "unit", "U2", "participation_rate")).getString(4))
                .isEqualTo("CĐCS Công ty TNHH Hoa Mai, Ba Bể");
    }

    @Test
    void unitThatDidNotReportIsExpectedWithNullFigures() {
        // U5, phase 1: no submission
        assertValues(1, "unit", "U5", "participation_rate", null, null, null, 8.0 / 35 * 100, null, null, 0, 1);
        assertValues(1, "unit", "U5", "members_total", null, null, null, 35.0, null, null, 0, 1);
        assertValues(1, "unit", "U5", "completeness", 0.0, 1.0, 0.0, 100.0, -100.0, -100.0, 0, 1);
        // U3 reported admissions but has no target: not computable, so not a contribution either
        assertValues(1, "unit", "U3", "admission_achievement", null, null, null, null, null, null, 1, 1);
    }

    @Test
    void federationSumsItsContributingUnitsAndItsOwnRow() {
        // BB, phase 1: U1 and U2 (U6 not yet founded) plus BB's own row
        assertValues(1, "federation", "BB", "participation_rate", 100.0, 150.0, 100.0 / 150 * 100, 85.0 / 135 * 100,
                100.0 / 27, 100.0 / 17, 2, 2);
        assertValues(1, "federation", "BB", "initiatives_per_100", 5.0, 100.0, 5.0, 5.0 / 135 * 100,
                5.0 - 5.0 / 135 * 100, (5.0 - 5.0 / 135 * 100) / (5.0 / 135 * 100) * 100, 2, 2);
        assertValues(1, "federation", "BB", "admission_achievement", null, null, null, null, null, null, 2, 2);
        assertValues(1, "federation", "BB", "timeliness", 1.0, 2.0, 50.0, 100.0, -50.0, -50.0, 2, 2);
        assertValues(1, "federation", "BB", "members_total", 150.0, null, 150.0, 135.0, 15.0, 15.0 / 135 * 100, 2, 2);
        assertValues(1, "federation", "BB", "activity_total", 15.0, null, 15.0, 16.0, -1.0, -100.0 / 16, 2, 2);
        // the federation's own row: counted in its federation, never as an expected unit
        assertValues(1, "federation", "BB", "unions_founded_total", 1.0, null, 1.0, null, null, null, 2, 2);
        assertThat(rows.get(key(1, "federation", "BB", "members_total")).getString(4)).isEqualTo("LĐLĐ huyện Ba Bể");
    }

    @Test
    void unitsDirectlyUnderTheProvinceRollUpUnderItsCode() {
        // BK at federation level holds U5 only, which did not report in phase 1
        assertValues(1, "federation", "BK", "participation_rate", null, null, null, 8.0 / 35 * 100, null, null, 0, 1);
        assertValues(1, "federation", "BK", "completeness", 0.0, 1.0, 0.0, 100.0, -100.0, -100.0, 0, 1);
        assertThat(rows.get(key(1, "federation", "BK", "completeness")).getString(4))
                .isEqualTo("Các CĐCS trực thuộc LĐLĐ tỉnh Bắc Kạn");
        // no unit of GD has an admission target: nothing contributes, so null rather than 0
        assertValues(1, "federation", "GD", "admission_achievement", null, null, null, null, null, null, 2, 2);
    }

    @Test
    void clusterAndProvinceRollUps() {
        assertValues(1, "cluster", "C1", "participation_rate", 100.0, 150.0, 100.0 / 150 * 100, 93.0 / 170 * 100,
                100.0 / 150 * 100 - 93.0 / 170 * 100, (100.0 / 150 - 93.0 / 170) / (93.0 / 170) * 100, 2, 3);
        assertThat(rows.get(key(1, "cluster", "C1", "participation_rate")).getString(4)).isEqualTo("Cụm thi đua số 1");
        double participation = 280.0 / 380 * 100;
        double participation2023 = 258.0 / 390 * 100;
        assertValues(1, "province", "BK", "participation_rate", 280.0, 380.0, participation, participation2023,
                participation - participation2023, (participation - participation2023) / participation2023 * 100, 4, 5);
        assertValues(1, "province", "BK", "completeness", 4.0, 5.0, 80.0, 100.0, -20.0, -20.0, 4, 5);
        assertValues(1, "province", "BK", "timeliness", 3.0, 5.0, 60.0, 100.0, -40.0, -40.0, 4, 5);
        assertValues(1, "province", "BK", "unions_founded_total", 1.0, null, 1.0, null, null, null, 4, 5);
        // phase 2: U4's late submission after closing and XX's row are ignored
        assertValues(2, "province", "BK", "members_total", 435.0, null, 435.0, 406.0, 29.0, 29.0 / 406 * 100, 5, 5);
        assertValues(2, "province", "BK", "timeliness", 4.0, 5.0, 80.0, 100.0, -20.0, -20.0, 5, 5);
    }

    @Test
    void yearRowsSumFlowsKeepLatestStocksAndCountReports() {
        // U2: initiatives blank in phase 1, 2 in phase 2; members 50 then 55
        assertValues(0, "unit", "U2", "initiatives_total", 2.0, null, 2.0, 2.0, 0.0, 0.0, 1, 1);
        assertValues(0, "unit", "U2", "participation_rate", 25.0, 55.0, 25.0 / 55 * 100, 18.0 / 48 * 100,
                25.0 / 55 * 100 - 18.0 / 48 * 100, (25.0 / 55 - 18.0 / 48) / (18.0 / 48) * 100, 1, 1);
        assertValues(0, "unit", "U2", "admission_achievement", 9.0, 10.0, 90.0, null, null, null, 1, 1);
        assertValues(0, "unit", "U2", "timeliness", 1.0, 2.0, 50.0, 100.0, -50.0, -50.0, 1, 1);
        // U5 reported phase 2 only: the stock is phase 2's, completeness one report of two
        assertValues(0, "unit", "U5", "members_total", 40.0, null, 40.0, 38.0, 2.0, 2.0 / 38 * 100, 1, 1);
        assertValues(0, "unit", "U5", "completeness", 1.0, 2.0, 50.0, 100.0, -50.0, -50.0, 1, 1);
        // U4 was open in phase 1 only, U6 in phase 2 only (and did not exist in 2023)
        assertValues(0, "unit", "U4", "completeness", 1.0, 1.0, 100.0, 100.0, 0.0, 0.0, 1, 1);
        assertValues(0, "unit", "U6", "completeness", 1.0, 1.0, 100.0, null, null, null, 1, 1);
        // province: 9 reports received of 10 expected, 7 on time
        assertValues(0, "province", "BK", "completeness", 9.0, 10.0, 90.0, 100.0, -10.0, -10.0, 6, 6);
        assertValues(0, "province", "BK", "timeliness", 7.0, 10.0, 70.0, 100.0, -30.0, -30.0, 6, 6);
        assertValues(0, "province", "BK", "members_total", 465.0, null, 465.0, 406.0, 59.0, 59.0 / 406 * 100, 6, 6);
        assertValues(0, "federation", "BB", "unions_founded_total", 2.0, null, 2.0, 2.0, 0.0, 0.0, 3, 3);
    }

    @Test
    void registerCountsRollUpBesideTheSubmittedOnesWithTheirDifference() {
        // U1 submitted 5 initiatives in phase 1 and its register holds 4; U3's register has phase 2 only
        assertValues(1, "unit", "U1", "initiatives_register", 4.0, null, 4.0, 4.0, 0.0, 0.0, 1, 1);
        assertValues(1, "unit", "U1", "initiatives_gap", 1.0, null, 1.0, 0.0, 1.0, null, 1, 1);
        // a unit without a register has no register count and no difference, not zero
        assertValues(1, "unit", "U3", "initiatives_register", null, null, null, null, null, null, 1, 1);
        assertValues(1, "unit", "U3", "initiatives_gap", null, null, null, null, null, null, 1, 1);
        // the year pairs the phases: U1 sent a register in phase 1 only, so its year gap is phase 1's (5 - 4),
        // never its phase 2 initiatives (3) set against a missing register (2023 likewise: 4 - 4); U3 sent one
        // in phase 2 only (8 - 8)
        assertValues(0, "unit", "U1", "initiatives_gap", 1.0, null, 1.0, 0.0, 1.0, null, 1, 1);
        assertValues(0, "unit", "U3", "initiatives_gap", 0.0, null, 0.0, null, null, null, 1, 1);
        assertValues(0, "province", "BK", "initiatives_register", 12.0, null, 12.0, 4.0, 8.0, 200.0, 6, 6);
        // so the year is the sum of the phases at every level: phase 1 +1, phase 2 0
        assertValues(1, "province", "BK", "initiatives_gap", 1.0, null, 1.0, 0.0, 1.0, null, 4, 5);
        assertValues(2, "province", "BK", "initiatives_gap", 0.0, null, 0.0, null, null, null, 5, 5);
        assertValues(0, "province", "BK", "initiatives_gap", 1.0, null, 1.0, 0.0, 1.0, null, 6, 6);
    }

    @Test
    void shareOfUnitsThatMetTheirTarget() {
        // 2024 targets: U1 20 admissions (10 + 12 = 22, met), U2 10 (4 + 5 = 9, not met); U3 has none
        assertValues(0, "province", "BK", "admission_target_met", 1.0, 2.0, 50.0, 0.0, 50.0, null, 6, 6);
        assertValues(0, "federation", "BB", "admission_target_met", 1.0, 2.0, 50.0, 0.0, 50.0, null, 3, 3);
        assertValues(0, "unit", "U1", "admission_target_met", 1.0, 1.0, 100.0, 0.0, 100.0, null, 1, 1);
        assertValues(1, "province", "BK", "admission_target_met", null, null, null, null, null, null, 4, 5);
        // a unit without a target is not assessed (null), and neither is the federation's own row
        assertValues(0, "unit", "U3", "admission_target_met", null, null, null, null, null, null, 1, 1);
    }

    @Test
    void aYearFigureAgainstATargetNeedsEveryPhaseTheUnitWasOpen() {
        // U5 (target 3 admissions) sent nothing in phase 1 and 2 in phase 2: its year is unknown, not 2 of 3
        assertValues(0, "unit", "U5", "admission_achievement", null, null, null, null, null, null, 1, 1);
        assertValues(0, "unit", "U5", "admission_target_met", null, null, null, null, null, null, 1, 1);
        // so the province's year achievement is U1's and U2's: (22 + 9) / (20 + 10)
        assertValues(0, "province", "BK", "admission_achievement", 31.0, 30.0, 31.0 / 30 * 100, 14.0 / 15 * 100,
                31.0 / 30 * 100 - 14.0 / 15 * 100, (31.0 / 30 - 14.0 / 15) / (14.0 / 15) * 100, 6, 6);
    }

    @Test
    void aTotalOfTermsThatAddUpCountsOnlyThePhasesWhereEveryTermIsKnown() {
        // U2 left initiatives blank in phase 1: its year activity is phase 2's 2 + 5, not 2 + (4 + 5)
        assertValues(0, "unit", "U2", "activity_total", 7.0, null, 7.0, 7.0, 0.0, 0.0, 1, 1);
    }

    @Test
    void ranksTheUnitsOfEachClusterOnTheRateIndicatorsForTheYear() {
        // when the cluster rankings of 2024 are computed
        List<String> ranking = pipeline.indicatorValues(new InputReader(TestSpark.session()).read(TestSpark.fixtureInput()),
                        2024).clusterRankings().orElseThrow()
                .orderBy("cluster_code", "indicator_code", "rank", "org_unit_code").collectAsList().stream()
                .map(r -> r.getInt(0) + "|" + r.getInt(1) + "|" + r.getString(2) + "|" + r.getString(4) + "|"
                        + r.getInt(5) + "|" + r.getString(6) + "|" + Math.round(r.getDouble(8) * 100) + "|" + r.getInt(9))
                .toList();

        // then each cluster ranks its own units on rates only (no totals, no reporting or target shares),
        // units without a value are not ranked, and U6 (no cluster) is in none
        assertThat(ranking).containsExactly(
                "2024|0|C1|admission_achievement|1|U1|11000|2",
                "2024|0|C1|admission_achievement|2|U2|9000|2",
                "2024|0|C1|initiatives_per_100|1|U1|727|3",
                "2024|0|C1|initiatives_per_100|2|U2|364|3",
                "2024|0|C1|initiatives_per_100|3|U5|250|3",
                "2024|0|C1|participation_rate|1|U1|8182|3",
                "2024|0|C1|participation_rate|2|U2|4545|3",
                "2024|0|C1|participation_rate|3|U5|2500|3",
                "2024|0|C2|initiatives_per_100|1|U3|857|2",
                "2024|0|C2|initiatives_per_100|2|U4|333|2",
                "2024|0|C2|participation_rate|1|U4|10000|2",
                "2024|0|C2|participation_rate|2|U3|7619|2");
    }

    @Test
    void changePercentIsNullWhenThePreviousValueIsZero() {
        // U4 phase 1: 0 initiatives in 2023, 1 in 2024
        assertValues(1, "unit", "U4", "initiatives_total", 1.0, null, 1.0, 0.0, 1.0, null, 1, 1);
    }

    private void assertValues(int phase, String level, String code, String indicator, Double numerator,
                              Double denominator, Double value, Double value2023, Double changeAbs, Double changePct,
                              int unitsReporting, int unitsExpected) {
        String key = key(phase, level, code, indicator);
        Row row = rows.get(key);
        assertThat(row).as("row %s", key).isNotNull();
        Values actual = new Values(dbl(row, "numerator"), dbl(row, "denominator"), dbl(row, "value"),
                dbl(row, "previous_value"), dbl(row, "change_abs"), dbl(row, "change_pct"), row.getAs("units_reporting"),
                row.getAs("units_expected"));
        Values expected = new Values(numerator, denominator, value, value2023, changeAbs, changePct, unitsReporting,
                unitsExpected);
        assertThat(actual).as("row %s", key).usingRecursiveComparison()
                .withComparatorForType((a, b) -> closeEnough(a, b) ? 0 : 1, Double.class)
                .isEqualTo(expected);
    }

    private static boolean closeEnough(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    private static Double dbl(Row row, String column) {
        int index = row.fieldIndex(column);
        return row.isNullAt(index) ? null : row.getDouble(index);
    }

    private static String key(int phase, String level, String code, String indicator) {
        return phase + "/" + level + "/" + code + "/" + indicator;
    }
}
