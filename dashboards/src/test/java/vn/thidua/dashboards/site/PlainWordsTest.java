package vn.thidua.dashboards.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainWordsTest {

    @Test
    void aSentenceForStaffKeepsItsPlainPartOnALeadersPage() {
        assertThat(PlainWords.withoutCommands("Chưa có kết quả đánh giá, xếp loại cuối năm 2024 cho bản số liệu này: chạy "
                + "`./thidua evaluate --year 2024` rồi dựng lại bảng điều khiển."))
                .isEqualTo("Chưa có kết quả đánh giá, xếp loại cuối năm 2024 cho bản số liệu này.");
        assertThat(PlainWords.withoutCommands("Chưa có số liệu cho phần này.")).isEqualTo("Chưa có số liệu cho phần này.");
    }
}
