package vn.thidua.dashboards.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void aUnitOnAnAxisKeepsThePlaceThatTellsItApart() {
        // the two names differ only in their last word: cutting the end ("…huyện Ch…") would make them look alike
        assertThat(Labels.unitOnAxis("CD.1", "Công đoàn Chi cục Thi hành án dân sự huyện Chợ Đồn"))
                .isEqualTo("Chi cục Thi hành án dân sự huyện Chợ Đồn");
        assertThat(Labels.unitOnAxis("CM.1", "Công đoàn Chi cục Thi hành án dân sự huyện Chợ Mới"))
                .isEqualTo("Chi cục Thi hành án dân sự huyện Chợ Mới");
        assertThat(Labels.unitOnAxis("BT.1", "CĐCS Trường Trung học phổ thông Bạch Thông"))
                .isEqualTo("Trường THPT Bạch Thông");
        assertThat(Labels.unitOnAxis("BT.2", "Công đoàn cơ quan Ủy ban Mặt trận Tổ quốc huyện Bạch Thông"))
                .as("two lines of the axis hold it whole").isEqualTo("Cơ quan Ủy ban Mặt trận Tổ quốc huyện Bạch Thông");
        String longest = Labels.unitOnAxis("X", "Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng"
                + " và công nghiệp huyện Chợ Đồn");
        assertThat(longest).as("shortened from the start").startsWith("…").endsWith("huyện Chợ Đồn")
                .hasSizeLessThanOrEqualTo(Labels.MAX_AXIS_UNIT_LENGTH);
    }
}
