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
        assertThat(result.charts()).as("12 theme charts, one per cluster, two per federation page (12 pages)")
                .isEqualTo(19 + 2 * 12);
        assertThat(result.files()).allSatisfy(f -> assertThat(f).isRegularFile());
        assertThat(result.files().get(0)).isEqualTo(out.toAbsolutePath().resolve("index.html"));
        List<Path> pngs = result.files().stream().filter(f -> f.toString().endsWith(".png")).toList();
        List<Path> indexCharts = pngs.stream().filter(f -> f.getParent().equals(out.toAbsolutePath()))
                .filter(f -> !f.getFileName().toString().endsWith("-ca-nam.png")).toList();
        assertThat(indexCharts).hasSize(19);
        for (Path png : indexCharts) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1800);
            assertThat(image.getHeight()).isBetween(500, 2000);
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
        // a phone gets the whole-year panel alone of every chart of three panels, drawn at a phone's width
        List<Path> yearOnly = pngs.stream().filter(f -> f.getFileName().toString().endsWith("-ca-nam.png")).toList();
        assertThat(yearOnly).extracting(f -> f.getFileName().toString())
                .contains("ty-le-tham-gia-theo-don-vi-ca-nam.png", "cac-phong-trao-toan-tinh-ca-nam.png")
                .doesNotContain("xep-hang-cum-k01-ca-nam.png");
        assertThat(ImageIO.read(out.resolve("ty-le-tham-gia-theo-don-vi-ca-nam.png").toFile()).getWidth()).isEqualTo(760);
        List<Path> svgs = result.files().stream().filter(f -> f.toString().endsWith(".svg")).toList();
        assertThat(svgs).hasSize(19 + 2 * 12);
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
                .contains("src=\"ty-le-tham-gia-theo-don-vi.png\"", "href=\"ty-le-tham-gia-theo-don-vi.svg\"")
                .contains("<picture>\n<source media=\"(max-width: 600px)\" srcset=\"ty-le-tham-gia-theo-don-vi-ca-nam.png\"")
                .contains("Tải hình vẽ chất lượng cao")
                .contains("Khối các CĐCS ngành Giáo dục", "href=\"don-vi-bb.html\"")
                .contains(DashboardFixture.RUN_ID, "08:30 ngày 10/01/2025")
                .contains("Chưa có kết quả đánh giá, xếp loại cuối năm 2024")
                .doesNotContain("http://", "https://", "<script");
        // the province's headline figures (their sentences are the text package's; the figures are the fixture's)
        assertThat(PageText.section(html, "so-lieu-chinh")).contains("87,4%", "3,2 điểm", "1.234", "12,3%", "98,5%",
                "1.520", "5,6", "96,3%");
        assertThat(PageText.visible(html)).as("no jargon a leader would not understand")
                .doesNotContain("SVG", "Parquet", "current", "participation_rate", "./thidua", "`", ".png");

        String baBe = Files.readString(out.resolve("don-vi-bb.html"), StandardCharsets.UTF_8);
        assertThat(baBe).contains("<h1>Liên đoàn Lao động huyện Ba Bể</h1>", "Các công đoàn cơ sở (5)",
                "CĐCS Trường Trung học phổ thông Ba Bể", "href=\"index.html\"")
                .as("no grade column before the evaluation").doesNotContain("Xếp loại 2024");
        assertThat(PageText.section(baBe, "xep-loai")).as("the index's words for no evaluation yet, without the command")
                .contains("Chưa có kết quả đánh giá, xếp loại cuối năm 2024").doesNotContain("thidua", "`");
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
        assertThat(result.charts()).as("two grade charts more on the index").isEqualTo(21 + 2 * 12);
        assertThat(out.resolve("xep-loai-toan-tinh.png")).isRegularFile();
        assertThat(ImageIO.read(out.resolve("xep-loai-xuat-sac-theo-don-vi.png").toFile()).getWidth()).isEqualTo(1800);
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        // (the sentences are the text package's: the figures they must carry are the fixture's)
        assertThat(PageText.section(html, "xep-loai"))
                .contains("12 CĐCS", "22,2%", "9 CĐCS", "16,7%", "27,8%", "30 CĐCS", "55,6%")
                .contains("src=\"xep-loai-toan-tinh.png\"", "src=\"xep-loai-xuat-sac-theo-don-vi.png\"")
                .doesNotContain("Chưa có kết quả đánh giá");
        // and each federation page gives every unit's own grade, and its grade summary
        String baBe = Files.readString(out.resolve("don-vi-bb.html"), StandardCharsets.UTF_8);
        assertThat(PageText.section(baBe, "cac-cdcs")).contains("Xếp loại 2024", ">Hoàn thành xuất sắc<",
                ">Hoàn thành tốt<");
        String grades = PageText.section(baBe, "xep-loai");
        assertThat(grades)
                .contains("Năm 2024 có 2/5 CĐCS được xếp loại hoàn thành xuất sắc nhiệm vụ (40,0%; toàn tỉnh 22,2%), "
                        + "xếp thứ 1/2 đơn vị. Năm 2023 chấm theo cùng bộ tiêu chí: 1/5 (20,0%).")
                .contains("<th scope=\"col\">Năm 2024</th>", "<th scope=\"col\">Năm 2023 cùng tiêu chí</th>",
                        "<th scope=\"col\">Toàn tỉnh 2024</th>")
                .contains("<tr><th scope=\"row\">Hoàn thành xuất sắc</th><td>2 <span class=\"share\">(40,0%)</span></td>"
                        + "<td>1 <span class=\"share\">(20,0%)</span></td><td>12 <span class=\"share\">(22,2%)</span></td></tr>")
                .as("no official column: the fixture has official grades province-wide only")
                .doesNotContain("chính thức")
                .doesNotContain("Chưa có kết quả đánh giá");
        assertThat(PageText.section(Files.readString(out.resolve("don-vi-cdyt.html"), StandardCharsets.UTF_8), "xep-loai"))
                .as("a federation the evaluation has no summary for").contains("chưa có số liệu tổng hợp riêng của đơn vị này");
    }

    @Test
    void aFederationPageTellsItsLeaderWhereItStandsWhoHasNotReportedAndEveryUnitByCluster() throws IOException {
        // given units that sent their first file after the deadline, as the analytics marks them
        Path warehouse = tmp.resolve("warehouse");
        new ReportingFixture(new DashboardFixture()).late("BB.002", 1).late("BB.005", 2).writeTo(warehouse);
        Path out = tmp.resolve("site");

        // when
        DashboardSite.render(warehouse, out, 2024);

        // then the key figures: each with its change, its rank among the 11 federations and the province beside it
        String page = Files.readString(out.resolve("don-vi-bb.html"), StandardCharsets.UTF_8);
        assertThat(PageText.section(page, "so-lieu-chinh"))
                .containsPattern("<p class=\"card-label\">Tỷ lệ đoàn viên đăng ký thi đua</p>\n"
                        + "<p class=\"card-value\">\\d{1,3},\\d%</p>\n"
                        + "<p class=\"card-change (better|worse)\"><span aria-hidden=\"true\">[▲▼] </span>"
                        + "(tăng|giảm) \\d+,\\d điểm so với năm 2023</p>\n"
                        + "<p class=\"card-rank\"><strong>Xếp thứ \\d{1,2}/11 đơn vị</strong></p>\n"
                        + "<p class=\"card-province\">Toàn tỉnh 87,4%</p>")
                .as("a total is set against the province, not ranked")
                .containsPattern("<p class=\"card-label\">Số sáng kiến đăng ký</p>\n<p class=\"card-value\">[\\d.]+</p>\n"
                        + "<p class=\"card-change[^\"]*\">.*</p>\n<p class=\"card-province\">Toàn tỉnh 1.234 · chiếm \\d+,\\d%</p>");

        // the units that have not reported and those that came late, named, phase by phase, with the deadline
        String[] phases = PageText.section(page, "bao-cao").split("<div class=\"phase\">");
        assertThat(phases).hasSize(3);
        assertThat(phases[1]).contains("<h3>Đợt 1", "Hạn nộp 10/08/2024.", "Đã gửi 5/5 CĐCS · đúng hạn 4/5.",
                "Tất cả CĐCS đã gửi báo cáo.", "<h4>Nộp muộn (1)</h4>", "<li>CĐCS Trung tâm Y tế huyện Ba Bể</li>");
        assertThat(phases[2]).contains("<h3>Đợt 2", "Hạn nộp 10/01/2025.", "Đã gửi 4/5 CĐCS · đúng hạn 3/5.",
                "<h4>Chưa gửi báo cáo (1)</h4>", "<li>CĐCS Phòng Giáo dục và Đào tạo huyện Ba Bể</li>",
                "<h4>Nộp muộn (1)</h4>", "<li>CĐCS Công ty TNHH Một thành viên Xây dựng Ba Bể</li>");
        assertThat(PageText.section(Files.readString(out.resolve("don-vi-ns.html"), StandardCharsets.UTF_8), "bao-cao"))
                .contains("1 CĐCS chưa gửi báo cáo đợt nào trong năm 2024:", "<li>CĐCS Trường Trung học phổ thông Ngân Sơn</li>");

        // its own charts: its units against the federation and the province, a phone drawing beside each
        String charts = PageText.section(page, "bieu-do");
        assertThat(charts)
                .contains("<source media=\"(max-width: 600px)\" srcset=\"bieu-do-don-vi/don-vi-bb-tham-gia-dien-thoai.png\"",
                        "<img src=\"bieu-do-don-vi/don-vi-bb-tham-gia.png\" alt=\"Biểu đồ: Tỷ lệ đoàn viên đăng ký thi đua "
                                + "của các CĐCS\"",
                        "<img src=\"bieu-do-don-vi/don-vi-bb-sang-kien.png\" alt=\"Biểu đồ: Số sáng kiến trên 100 đoàn viên "
                                + "của các CĐCS\"",
                        "Đường dọc tím là mức chung của Ba Bể", "Tải hình vẽ chất lượng cao");
        assertThat(ImageIO.read(out.resolve("bieu-do-don-vi/don-vi-bb-tham-gia.png").toFile()).getWidth()).isEqualTo(1800);
        assertThat(ImageIO.read(out.resolve("bieu-do-don-vi/don-vi-bb-tham-gia-dien-thoai.png").toFile()).getWidth())
                .isEqualTo(760);

        // every unit, grouped by cluster: the cluster's name once, in a group row, not in each unit's row
        String units = PageText.section(page, "cac-cdcs");
        String north = DashboardFixture.CLUSTERS.get("K02");
        String business = DashboardFixture.CLUSTERS.get("K07");
        assertThat(PageText.count(page, north)).isEqualTo(1);
        assertThat(PageText.count(page, business)).isEqualTo(1);
        assertThat(units).containsPattern("<tr class=\"group\"><th scope=\"colgroup\" colspan=\"\\d+\">"
                + java.util.regex.Pattern.quote(north) + " <span class=\"count\">\\(4 CĐCS\\)</span></th></tr>");
        assertThat(PageText.count(units, "<tr class=\"group\">")).isEqualTo(2);
        assertThat(units.indexOf(north)).isLessThan(units.indexOf("CĐCS Trung tâm Y tế huyện Ba Bể"));
        assertThat(units.indexOf(business)).isLessThan(units.indexOf("CĐCS Công ty TNHH Một thành viên Xây dựng Ba Bể"))
                .isGreaterThan(units.indexOf("CĐCS Ủy ban nhân dân huyện Ba Bể"));
        assertThat(units).contains("<th scope=\"col\">Tham gia 2024</th>",
                "<td class=\"key text\" data-label=\"Báo cáo\">Muộn Đợt 1</td>",
                "<td class=\"key text\" data-label=\"Báo cáo\">Thiếu Đợt 2</td>",
                "<td class=\"key text\" data-label=\"Báo cáo\">Đúng hạn</td>",
                "<td class=\"more\"><details><summary>Xem thêm số liệu</summary>");
        assertThat(page).as("the table's header stays in view").contains("table.units thead th{position:sticky;top:0");

        // and no word of the machinery
        assertThat(PageText.visible(page)).doesNotContain("SVG", "Parquet", "current", "participation_rate", "reporting_",
                ".png", "rubric", "./thidua");
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
                tmp.resolve("r").toString(), "--profile", SampleProfile.FILE.toString(), "--year", "2024"})).isEqualTo(1);
    }
}
