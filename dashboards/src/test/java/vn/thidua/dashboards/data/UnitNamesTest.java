package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.UnitNames;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void shortensFederationNamesForAxisLabels() {
        assertThat(UnitNames.shortName("BB", "Liên đoàn Lao động huyện Ba Bể", "BK")).isEqualTo("Ba Bể");
        assertThat(UnitNames.shortName("TP", "Liên đoàn Lao động thành phố Bắc Kạn", "BK")).isEqualTo("TP Bắc Kạn");
        assertThat(UnitNames.shortName("NR", "LĐLĐ huyện Na Rì", "BK")).isEqualTo("Na Rì");
        assertThat(UnitNames.shortName("GD", "Công đoàn ngành Giáo dục", "BK")).isEqualTo("CĐ ngành Giáo dục");
        assertThat(UnitNames.shortName("VC", "Công đoàn Viên chức tỉnh", "BK")).isEqualTo("CĐ Viên chức tỉnh");
        assertThat(UnitNames.shortName("YT", "Công đoàn ngành Y tế tỉnh Bắc Kạn", "BK")).isEqualTo("CĐ ngành Y tế");
        assertThat(UnitNames.shortName("VC", "Công đoàn Viên chức tỉnh Bắc Kạn", "BK")).isEqualTo("CĐ Viên chức");
        assertThat(UnitNames.shortName("BK", "Liên đoàn Lao động tỉnh Bắc Kạn", "BK")).isEqualTo("Trực thuộc tỉnh");
    }

    @Test
    void copesWithSpreadsheetText() {
        // given: decomposed accents, a non-breaking space, odd case
        String nfd = Normalizer.normalize("LIÊN ĐOÀN LAO ĐỘNG\u00A0huyện  Chợ Đồn", Normalizer.Form.NFD);

        // when / then
        assertThat(UnitNames.shortName("CD", nfd, "BK")).isEqualTo("Chợ Đồn");
        assertThat(UnitNames.shortName("X", "Công ty TNHH Một thành viên Xây dựng và Thương mại", "BK"))
                .hasSizeLessThanOrEqualTo(UnitNames.MAX_LENGTH).endsWith("…");
        assertThat(UnitNames.shortName("X", null, "BK")).isEqualTo("X");
    }

    @Test
    void shortensGrassrootsUnionsWithTheUsualAbbreviations() {
        assertThat(UnitNames.unitLabel("X", "CĐCS Trường Trung học phổ thông Chợ Đồn")).isEqualTo("Trường THPT Chợ Đồn");
        assertThat(UnitNames.unitLabel("X", "Công đoàn cơ sở Ủy ban nhân dân huyện Na Rì")).isEqualTo("UBND huyện Na Rì");
        assertThat(UnitNames.unitLabel("X", "CĐCS Công ty Trách nhiệm hữu hạn Một thành viên Xây dựng"))
                .isEqualTo("Công ty TNHH MTV Xây dựng");
        assertThat(UnitNames.unitLabel("X", "CĐCS Phòng Giáo dục và Đào tạo huyện Ba Bể"))
                .isEqualTo("Phòng GD&ĐT huyện Ba Bể");
        assertThat(UnitNames.unitLabel("BB.001", null)).isEqualTo("BB.001");
    }

    @Test
    void makesSafeFileNamesFromCodes() {
        assertThat(vn.thidua.dashboards.data.FileNames.slug("CĐ.YT")).isEqualTo("cd-yt");
        assertThat(vn.thidua.dashboards.data.FileNames.slug("../../etc")).isEqualTo("etc");
        assertThat(vn.thidua.dashboards.data.FileNames.slug("//")).startsWith("x");
    }
}
