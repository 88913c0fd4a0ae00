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

    public String contentLabel(int content) {
        return contents.getOrDefault(content, "Nội dung " + content);
    }
}
