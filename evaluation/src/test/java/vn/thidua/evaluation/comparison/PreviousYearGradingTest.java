package vn.thidua.evaluation.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.thidua.evaluation.SampleData;
import vn.thidua.evaluation.grading.Evaluated;
import vn.thidua.evaluation.grading.UnitEvaluation;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.input.Reorganisation;
import vn.thidua.evaluation.input.SnapshotYear;
import vn.thidua.evaluation.input.UnitFigures;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.rubric.RubricLoader;
import vn.thidua.warehouse.Grade;

/** The baseline year graded by this year's rubric: only what belonged to that year counts. */
class PreviousYearGradingTest {

    private final Rubric rubric = RubricLoader.load(SampleData.rubric());
    private final Map<String, GrassrootsUnit> units = new TreeMap<>();
    private final Map<String, UnitFigures> figures = new TreeMap<>();
    private final Map<String, UnitHistory> histories = new TreeMap<>();

    @Test
    void units_founded_after_the_baseline_year_are_not_part_of_it() {
        // given one unit open since 2010 and one founded in March 2024
        unit("OLD", LocalDate.of(2010, 1, 1), true);
        unit("NEW", LocalDate.of(2024, 3, 1), false);

        // when
        Evaluated previous = PreviousYearGrading.grade(rubric, snapshot(), histories, Map.of());

        // then
        assertThat(previous.units()).extracting(u -> u.unit().code()).containsExactly("OLD");
    }

    @Test
    void eligibility_is_counted_to_the_end_of_the_baseline_year() {
        // given a unit founded in June 2023: 7 months by 31/12/2023
        unit("YOUNG", LocalDate.of(2023, 6, 1), true);

        // when
        UnitEvaluation young = PreviousYearGrading.grade(rubric, snapshot(), histories, Map.of()).units().get(0);

        // then
        assertThat(young.eligible()).isFalse();
        assertThat(young.ineligibility()).contains("31/12/2023");
    }

    @Test
    void a_reorganisation_after_the_baseline_year_does_not_count_and_a_silent_unit_is_not_a_zero() {
        // given a unit merged in August 2024, and a unit that sent nothing in 2023
        unit("MERGED", LocalDate.of(2010, 1, 1), true);
        unit("SILENT", LocalDate.of(2010, 1, 1), false);
        Map<String, Reorganisation> reorganisations = Map.of("MERGED",
                new Reorganisation("MERGED", LocalDate.of(2024, 8, 1), "merger", null));

        // when
        Evaluated previous = PreviousYearGrading.grade(rubric, snapshot(), histories, reorganisations);

        // then
        assertThat(find(previous, "MERGED").eligible()).isTrue();
        assertThat(find(previous, "MERGED").grade().isGrade()).isTrue();
        assertThat(find(previous, "SILENT").grade()).isEqualTo(Grade.KHONG_BAO_CAO);
    }

    private void unit(String code, LocalDate opened, boolean reported) {
        units.put(code, new GrassrootsUnit(code, "Công đoàn " + code, "hcsn", "F1", "LĐLĐ F1", "K1", "Cụm K1"));
        histories.put(code, new UnitHistory(code, opened, null));
        Map<String, Double> values = new TreeMap<>();
        if (reported) {
            rubric.criteria().forEach(c -> values.put(c.indicator(), 100.0));
        }
        figures.put(code, new UnitFigures(code, reported, values));
    }

    private SnapshotYear snapshot() {
        return new SnapshotYear("snap-1", Path.of("snapshots", "snap-1"), 2023, LocalDateTime.of(2025, 1, 10, 8, 30),
                units, figures, Map.of());
    }

    private static UnitEvaluation find(Evaluated evaluated, String code) {
        return evaluated.units().stream().filter(u -> u.unit().code().equals(code)).findFirst().orElseThrow();
    }
}
