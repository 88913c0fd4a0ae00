package vn.thidua.dashboards.browser;

import vn.thidua.dashboards.DashboardSite;
import vn.thidua.dashboards.DashboardFixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every page of the dashboard in a real headless Chromium, from disk as a reader would: every image
 * loads, nothing goes to the console, the page fits a phone's width, and a screenshot is taken
 * (kept as target/thidua-dashboard-screenshot.png).
 */
class DashboardInBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void everyPageLoadsAllItsImagesWithoutConsoleErrors() throws Exception {
        // given
        Path warehouse = tmp.resolve("warehouse");
        new DashboardFixture().withFederationName("BB", "LĐLĐ huyện Ba Bể <b>&</b>").withGrades().writeTo(warehouse);
        Path site = tmp.resolve("dashboards");
        DashboardSite.render(warehouse, site, 2024);
        List<Path> pages;
        try (Stream<Path> files = Files.list(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (Path page : pages) {
                // when
                browser.open(page, 1280, 1450); // the screenshot: the top of the index, < 300 KB

                // then
                JsonNode images = browser.evaluate("Array.from(document.images).map(i => ({src: i.src, "
                        + "ok: i.complete && i.naturalWidth > 0}))");
                for (JsonNode image : images) {
                    assertThat(image.get("ok").asBoolean()).as(page.getFileName() + ": " + image.get("src")).isTrue();
                }
                assertThat(browser.evaluate("document.documentElement.lang").asText()).isEqualTo("vi");
                assertThat(browser.problems()).as(page.getFileName() + " console").isEmpty();
                if (page.getFileName().toString().equals("index.html")) {
                    assertThat(images.size()).as("every chart on the index, the grades included").isEqualTo(21);
                    assertThat(browser.evaluate("document.body.innerText").asText())
                            .contains("Tỷ lệ đoàn viên đăng ký thi đua đạt 87,4%, tăng 3,2 điểm so với năm 2023.");
                    byte[] png = browser.screenshot();
                    BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
                    assertThat(shot.getWidth()).isEqualTo(1280);
                    Files.write(Path.of("target", "thidua-dashboard-screenshot.png"), png);
                }
            }
            // a phone: nothing wider than the screen but the tables' own scroll boxes
            browser.open(site.resolve("index.html"), 390, 844);
            assertThat(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                    .as("no sideways scrolling on a phone").isTrue();
            assertThat(browser.problems()).isEmpty();
        }
    }
}
