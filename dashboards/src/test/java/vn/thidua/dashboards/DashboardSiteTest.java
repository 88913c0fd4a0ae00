package vn.thidua.dashboards;

import vn.thidua.warehouse.SnapshotNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSiteTest {

    @TempDir
    Path tmp;

    @Test
    void writesAnIndexPageFederationPagesAndReadableCharts() throws Exception {
        // given
        Path warehouse = tmp.resolve("warehouse");
        new DashboardFixture().writeTo(warehouse);
        Path out = tmp.resolve("site");

        // when
        RenderResult result = DashboardSite.render(warehouse, out, 2024);

        // then
        assertThat(result.snapshotId()).isEqualTo(DashboardFixture.RUN_ID);
        assertThat(result.charts()).as("12 theme charts and one per cluster").isEqualTo(19);
        assertThat(result.files()).allSatisfy(f -> assertThat(f).isRegularFile());
        assertThat(result.files().get(0)).isEqualTo(out.toAbsolutePath().resolve("index.html"));
        List<Path> pngs = result.files().stream().filter(f -> f.toString().endsWith(".png")).toList();
        assertThat(pngs).hasSize(19);
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1800);
            assertThat(image.getHeight()).isBetween(500, 2000);
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
        List<Path> svgs = result.files().stream().filter(f -> f.toString().endsWith(".svg")).toList();
        assertThat(svgs).hasSize(19);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var svg = factory.newDocumentBuilder().parse(svgs.get(0).toFile()).getDocumentElement();
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("width")).isEqualTo("900");
        assertThat(svg.getElementsByTagName("path").getLength()).as("text drawn as outlines").isGreaterThan(100);

        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<html lang=\"vi\">", "<meta charset=\"utf-8\">")
                .contains("<title>Phong trào thi đua năm 2024 — Tổng quan toàn tỉnh</title>")
                .contains("Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%, tăng 3,2 điểm so với năm 2023.")
                .contains("Số sáng kiến đăng ký đạt 1.234, tăng 12,3% so với năm 2023.")
                .contains("Tỷ lệ đoàn viên được hỗ trợ Tết đạt 98,5%, giảm 0,6 điểm so với năm 2023.")
                .contains("Số đoàn viên kết nạp mới đạt 1.520, không đổi so với năm 2023.")
                .contains("Số sáng kiến trên 100 đoàn viên đạt 5,6, tăng 9,8% so với năm 2023.")
                .contains("Tỷ lệ báo cáo đầy đủ đạt 96,3%, tăng 3,3 điểm so với năm 2023.")
                .contains("src=\"ty-le-tham-gia-theo-don-vi.png\"", "href=\"ty-le-tham-gia-theo-don-vi.svg\"")
                .contains("Khối các CĐCS ngành Giáo dục", "href=\"don-vi-bb.html\"")
                .contains(DashboardFixture.RUN_ID, "08:30 ngày 10/01/2025")
                .contains("Chưa có kết quả đánh giá, xếp loại cuối năm 2024")
                .doesNotContain("http://", "https://", "<script");

        String baBe = Files.readString(out.resolve("don-vi-bb.html"), StandardCharsets.UTF_8);
        assertThat(baBe).contains("<h1>Liên đoàn Lao động huyện Ba Bể</h1>", "Các công đoàn cơ sở (5)",
                "CĐCS Trường Trung học phổ thông Ba Bể", "href=\"index.html\"")
                .as("no grade column before the evaluation").doesNotContain("Xếp loại 2024");
        assertThat(Files.readString(out.resolve("don-vi-ns.html"), StandardCharsets.UTF_8))
                .as("NS.003 never reported").contains("chưa có số liệu");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()))
                .as("no temporary directory left behind").containsExactlyInAnyOrder("warehouse", "site");
    }

    @Test
    void showsTheGradeDistributionAgainstTheBaselineOnceTheEvaluationHasRun() throws IOException {
        // given a snapshot that the year-end evaluation has graded
        Path warehouse = tmp.resolve("warehouse");
        new DashboardFixture().withGrades().writeTo(warehouse);
        Path out = tmp.resolve("site");

        // when
        RenderResult result = DashboardSite.render(warehouse, out, 2024);

        // then two more charts, and the figures in words
        assertThat(result.charts()).isEqualTo(21);
        assertThat(out.resolve("xep-loai-toan-tinh.png")).isRegularFile();
        assertThat(ImageIO.read(out.resolve("xep-loai-xuat-sac-theo-don-vi.png").toFile()).getWidth()).isEqualTo(1800);
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Năm 2024 có 12 CĐCS hoàn thành xuất sắc nhiệm vụ (22,2% số CĐCS được xếp loại), tăng 5,6 điểm "
                        + "so với năm 2023 chấm theo cùng bộ tiêu chí (9 CĐCS, 16,7%).")
                .contains("Năm 2024 có 30 CĐCS hoàn thành tốt nhiệm vụ (55,6% số CĐCS được xếp loại), giảm 1,9 điểm")
                .contains("Theo kết quả xếp loại chính thức năm 2023 của LĐLĐ tỉnh: 15 hoàn thành xuất sắc nhiệm vụ (27,8%)")
                .contains("3 CĐCS chưa đủ điều kiện", "1 CĐCS không gửi báo cáo nào trong năm")
                .contains("Năm 2024, tỷ lệ hoàn thành xuất sắc cao nhất ở Liên đoàn Lao động huyện Ba Bể (40,0%), "
                        + "thấp nhất ở Liên đoàn Lao động thành phố Bắc Kạn (20,0%).")
                .contains("src=\"xep-loai-toan-tinh.png\"")
                .doesNotContain("Chưa có kết quả đánh giá");
        // and each federation page gives every unit's own grade
        assertThat(Files.readString(out.resolve("don-vi-bb.html"), StandardCharsets.UTF_8))
                .contains("Xếp loại 2024", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void escapesUnitNamesThatComeFromSpreadsheets() throws IOException {
        // given
        Path warehouse = tmp.resolve("warehouse");
        new DashboardFixture().withFederationName("BB", "<script>alert(1)</script>")
                .withUnitName("BB.002", "<img src=x onerror=alert(2)>").writeTo(warehouse);

        // when
        DashboardSite.render(warehouse, tmp.resolve("site"), 2024);

        // then
        String html = Files.readString(tmp.resolve("site/index.html"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String page = Files.readString(tmp.resolve("site/don-vi-bb.html"));
        assertThat(page).doesNotContain("<script>", "<img src=x").contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void replacesAnEarlierDashboardButNeverAForeignDirectory() throws IOException {
        // given
        Path warehouse = tmp.resolve("warehouse");
        new DashboardFixture().writeTo(warehouse);
        Path out = tmp.resolve("site");
        DashboardSite.render(warehouse, out, 2024);
        Files.writeString(out.resolve("stale.png"), "old");
        Path foreign = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");

        // when
        DashboardSite.render(warehouse, out, 2024);

        // then
        assertThat(out.resolve("stale.png")).doesNotExist();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThatThrownBy(() -> DashboardSite.render(warehouse, foreign, 2024))
                .hasMessageContaining("không bị ghi đè");
        assertThat(foreign.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aMissingSnapshotGivesAClearMessageAndWritesNothing() {
        // given
        Path warehouse = tmp.resolve("empty-warehouse");
        Path out = tmp.resolve("site");

        // when / then
        assertThatThrownBy(() -> DashboardSite.render(warehouse, out, 2024))
                .isInstanceOf(SnapshotNotFoundException.class)
                .hasMessageContaining("Chưa có số liệu phân tích đã công bố")
                .hasMessageContaining("hãy chạy ./thidua analyze trước");
        assertThat(out).doesNotExist();
    }

    @Test
    void commandLineReportsMissingSnapshotWithExitCode1() {
        assertThat(DashboardsMain.run(new String[] {"--warehouse", tmp.toString(), "--out",
                tmp.resolve("o").toString(), "--year", "2024"})).isEqualTo(1);
        assertThat(DashboardsMain.run(new String[] {"--year", "x"})).isEqualTo(2);
        assertThat(DashboardsMain.run(new String[] {"--warehouse", tmp.toString(), "--year", "2024"}))
                .as("neither --out nor --reports").isEqualTo(2);
        assertThat(DashboardsMain.run(new String[] {"--warehouse", tmp.toString(), "--reports",
                tmp.resolve("r").toString(), "--year", "2024"})).isEqualTo(1);
    }
}
