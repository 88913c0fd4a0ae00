package vn.thidua.dashboards.text;

import static org.assertj.core.api.Assertions.assertThat;

import vn.thidua.dashboards.data.Grades;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GradeSentencesTest {

    private static final String[][] GRADES = {{"xuat_sac", "Hoàn thành xuất sắc nhiệm vụ"},
            {"tot", "Hoàn thành tốt nhiệm vụ"}, {"hoan_thanh", "Hoàn thành nhiệm vụ"},
            {"khong_hoan_thanh", "Không hoàn thành nhiệm vụ"}, {"khong_bao_cao", "Không đánh giá — không báo cáo"},
            {"khong_xep_loai", "Không xếp loại — chưa đủ điều kiện"}};

    @Test
    void theHeadlineGivesBothOfLastYearsGradingsAsProminently() {
        // given the sample's figures: 101 excellent of 674 this year; 93 of 676 by the same rubric, 160 officially
        List<GradeCountRow> rows = new ArrayList<>();
        rows.addAll(grades(2024, "rubric", 101, 381, 172, 20, 0, 16));
        rows.addAll(grades(2023, "rubric", 93, 390, 173, 20, 0, 8));
        rows.addAll(grades(2023, "official", 160, 359, 150, 7, 0, 0));

        // when
        String headline = GradeSentences.headline(new Grades("e", rows), 2024).orElseThrow();

        // then
        assertThat(headline).isEqualTo("Năm 2024 có 101 CĐCS hoàn thành xuất sắc nhiệm vụ (15,0% số CĐCS được xếp loại);"
                + " năm 2023: 93 CĐCS (13,8%) nếu chấm theo cùng bộ tiêu chí, 160 CĐCS (23,7%) theo kết quả xếp loại"
                + " chính thức.");
        assertThat(GradeSentences.of(new Grades("e", rows), 2024))
                .contains("Năm 2024 có 20 CĐCS không hoàn thành nhiệm vụ (3,0% số CĐCS được xếp loại); năm 2023: 20 CĐCS"
                        + " (3,0%) nếu chấm theo cùng bộ tiêu chí, 7 CĐCS (1,0%) theo kết quả xếp loại chính thức.")
                .contains("Không xếp loại năm 2024: 16 CĐCS chưa đủ điều kiện (mới thành lập, sáp nhập, chia tách, giải thể"
                        + " hoặc không xét).")
                .noneMatch(s -> s.contains("0 CĐCS không gửi báo cáo"));
    }

    @Test
    void withoutOfficialGradesTheChangeIsInPointsAgainstTheSameRubric() {
        List<GradeCountRow> rows = new ArrayList<>();
        rows.addAll(grades(2024, "rubric", 12, 30, 10, 2, 1, 3));
        rows.addAll(grades(2023, "rubric", 9, 31, 12, 2, 0, 2));

        assertThat(GradeSentences.headline(new Grades("e", rows), 2024)).contains("Năm 2024 có 12 CĐCS hoàn thành xuất"
                + " sắc nhiệm vụ (22,2% số CĐCS được xếp loại), tăng 5,6 điểm so với năm 2023 chấm theo cùng bộ tiêu chí"
                + " (9 CĐCS, 16,7%).");
        assertThat(GradeSentences.of(new Grades("e", rows), 2024)).noneMatch(s -> s.contains("chính thức"));
    }

    private static List<GradeCountRow> grades(int year, String basis, int... units) {
        int graded = units[0] + units[1] + units[2] + units[3];
        List<GradeCountRow> out = new ArrayList<>();
        for (int g = 0; g < GRADES.length; g++) {
            out.add(new GradeCountRow(year, basis, "province", null, "Toàn tỉnh", GRADES[g][0], GRADES[g][1], g + 1,
                    units[g], graded, g < 4 ? units[g] * 100.0 / graded : null, null, "s"));
        }
        return out;
    }
}
