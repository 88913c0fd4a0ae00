package vn.thidua.dashboards.report;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.text.GradeSentences;
import vn.thidua.dashboards.text.KeyFigures;

import static vn.thidua.dashboards.data.IndicatorCodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's summary: every province figure of the year as a sentence, by the seed's themes. An indicator
 * the federation adds to the catalogue later lands in "Chỉ tiêu khác" without a code change.
 */
public final class SummaryGroups {

    static final Map<String, List<String>> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("Tham gia phong trào thi đua", List.of(PARTICIPATION_RATE, GOOD_CREATIVE_LABOUR_RATE,
                GOOD_ADVICE_SERVICE_RATE, PROVINCIAL_MOVEMENTS_RATE));
        THEMES.put("Sáng kiến", List.of(INITIATIVES_REGISTERED, INITIATIVES_RECOGNIZED, INITIATIVES_APPLIED,
                INITIATIVES_PER_100_MEMBERS, RECOGNITION_RATE, APPLICATION_RATE, INITIATIVE_BENEFIT_VND));
        THEMES.put("Hoàn thành chỉ tiêu", List.of(MEMBERS_ADMITTED_ACHIEVEMENT, INITIATIVES_ACHIEVEMENT,
                UNIONS_FOUNDED_ACHIEVEMENT));
        THEMES.put("Chăm lo đời sống đoàn viên", List.of(TET_COVERAGE, TET_SUPPORT_VND, HARDSHIP_SUPPORT_RECIPIENTS,
                HARDSHIP_SUPPORT_VND, UNION_SHELTERS, DIALOGUES_HELD, COLLECTIVE_AGREEMENTS));
        THEMES.put("Xây dựng tổ chức công đoàn", List.of(MEMBERS, MEMBERS_ADMITTED, UNIONS_FOUNDED, UNIONS_DISSOLVED,
                CADRES_TRAINED, STUDY_SESSIONS, STUDY_ATTENDANCE));
        THEMES.put("Báo cáo của các đơn vị", List.of(REPORTING_COMPLETENESS, REPORTING_TIMELINESS));
    }

    /** A titled list of sentences. */
    record Group(String title, List<String> sentences) {
        Group {
            sentences = List.copyOf(sentences);
        }
    }

    private SummaryGroups() {
    }

    static List<Group> of(DashboardData snapshot, int year) {
        List<Group> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        THEMES.forEach((title, codes) -> {
            seen.addAll(codes);
            List<String> sentences = KeyFigures.provinceSentences(snapshot, year, codes);
            if (!sentences.isEmpty()) {
                out.add(new Group(title, sentences));
            }
        });
        List<String> grades = GradeSentences.of(snapshot.grades(), year);
        if (!grades.isEmpty()) {
            out.add(new Group("Xếp loại công đoàn cơ sở", grades));
        }
        List<String> others = snapshot.indicators().keySet().stream().filter(c -> !seen.contains(c)).toList();
        List<String> sentences = KeyFigures.provinceSentences(snapshot, year, others);
        if (!sentences.isEmpty()) {
            out.add(new Group("Chỉ tiêu khác", sentences));
        }
        return out;
    }
}
