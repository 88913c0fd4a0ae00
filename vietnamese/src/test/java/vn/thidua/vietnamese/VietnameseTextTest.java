package vn.thidua.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(VietnameseText.fold("\uFEFFSố ĐOÀN VIÊN")).isEqualTo("so doan vien");
        assertThat(VietnameseText.fold("So doan vien")).isEqualTo("so doan vien");
        assertThat(VietnameseText.fold("  Giá trị làm lợi (đồng) ")).isEqualTo("gia tri lam loi dong");
        assertThat(VietnameseText.fold("Mã\u0301 đơn vị")).as("a combining tone as Windows-1258 writes it").isEqualTo("ma don vi");
        assertThat(VietnameseText.fold("unit_code")).isEqualTo("unit code");
    }

    @Test
    void lowersTheFirstLetterOfALabelButNotOfAnAcronym() {
        assertThat(VietnameseText.lowerFirst("Số đoàn viên")).isEqualTo("số đoàn viên");
        assertThat(VietnameseText.lowerFirst("CĐCS giải thể")).isEqualTo("CĐCS giải thể");
        assertThat(VietnameseText.upperFirst("số đoàn viên")).isEqualTo("Số đoàn viên");
    }
}
