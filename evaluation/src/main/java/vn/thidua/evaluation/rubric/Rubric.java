package vn.thidua.evaluation.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one evaluation, read from a versioned YAML file ({@link RubricLoader}): criteria and their
 * points, grade thresholds, eligibility, the top-grade cap and the award shortlists. A run records
 * {@code version} and the file's checksum, so every grade can be traced to the rules that gave it.
 */
public record Rubric(String version, int year, String titleVi, BigDecimal totalPoints, Map<Integer, String> contents,
                     List<Criterion> criteria, GradeRules grades, EligibilityRules eligibility,
                     List<RankKey> ranking, Optional<CapRule> cap, List<ShortlistRule> shortlists) {

    public Rubric {
        contents = Map.copyOf(contents);
        criteria = List.copyOf(criteria);
        ranking = List.copyOf(ranking);
        shortlists = List.copyOf(shortlists);
    }

    /**
     * The same rules for the year before, to grade the baseline year comparably: only the evaluated year and
     * the eligibility date move back a year (months of activity are then counted to the end of that year).
     */
    public Rubric forPreviousYear() {
        EligibilityRules e = eligibility;
        return new Rubric(version, year - 1, titleVi, totalPoints, contents, criteria, grades,
                new EligibilityRules(e.minMonthsOpen(), e.minMonthsAfterReorganisation(), e.asOf().minusYears(1)),
                ranking, cap, shortlists);
    }

    public String contentLabel(int content) {
        return contents.getOrDefault(content, "Nội dung " + content);
    }
}
