package vn.thidua.dashboards.browser;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.DashboardSite;
import vn.thidua.dashboards.ReportingFixture;

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
 * loads, nothing goes to the console; then the index and a federation page on a laptop (1280 px) and a phone
 * (390 px): nothing wider than the screen, the phone drawings chosen on the phone, and a screenshot of each
 * (target/screenshots/*.png, for a person to look at; the top of the index also as
 * target/thidua-dashboard-screenshot.png).
 */
class DashboardInBrowserTest {

    /** Screenshots stop there: the index is some 17,000 px long, its top is what a screenshot is for. */
    private static final int MAX_SCREENSHOT_HEIGHT = 6000;

    @TempDir
    Path tmp;

    @Test
    void everyPageLoadsAllItsImagesWithoutConsoleErrors() throws Exception {
        // given
        Path warehouse = tmp.resolve("warehouse");
        new ReportingFixture(new DashboardFixture().withFederationName("PN", "LĐLĐ huyện Pác Nặm <b>&</b>").withGrades())
                .late("BB.002", 1).late("BB.005", 2).writeTo(warehouse);
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
                assertImagesLoaded(browser, page);
                assertThat(browser.evaluate("document.documentElement.lang").asText()).isEqualTo("vi");
                assertThat(browser.problems()).as(page.getFileName() + " console").isEmpty();
                if (page.getFileName().toString().equals("index.html")) {
                    assertThat(browser.evaluate("document.images.length").asInt())
                            .as("every chart on the index, the grades included").isEqualTo(21);
                    assertThat(browser.evaluate("document.body.innerText").asText()).contains("87,4%");
                    byte[] png = browser.screenshot();
                    BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
                    assertThat(shot.getWidth()).isEqualTo(1280);
                    Files.write(Path.of("target", "thidua-dashboard-screenshot.png"), png);
                }
            }
        }
    }

    @Test
    void theIndexAndAFederationPageFitALaptopAndAPhone() throws Exception {
        // given
        Path warehouse = tmp.resolve("warehouse");
        new ReportingFixture(new DashboardFixture().withGrades()).late("BB.002", 1).late("BB.005", 2).writeTo(warehouse);
        Path site = tmp.resolve("dashboards");
        DashboardSite.render(warehouse, site, 2024);
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        // Changing the screen's width under a page with <picture> makes that page fetch its other drawings, and the
        // next navigation cancels them ("failed load"): the width changes on an empty page instead. The phone comes
        // first: after a laptop's visit, Chromium's preloader fetches the cached laptop drawings once more on the
        // phone's first page and cancels them — a tab never shrinks from 1280 to 390 px in a reader's hands.
        Path blank = Files.writeString(tmp.resolve("blank.html"), "<!DOCTYPE html><html lang=\"vi\"><title>-</title></html>");

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int width : new int[] {390, 1280}) {
                browser.open(blank, width, 900);
                for (String name : List.of("index", "don-vi-bb")) {
                    // when
                    Path page = site.resolve(name + ".html");
                    browser.open(page, width, 900);
                    int height = Math.min(MAX_SCREENSHOT_HEIGHT,
                            browser.evaluate("document.documentElement.scrollHeight").asInt());
                    browser.open(page, width, height); // the whole page (or its top) in one screenshot

                    // then
                    String where = name + " at " + width + " px";
                    assertThat(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                            .as(where + ": no sideways scrolling").isTrue();
                    assertImagesLoaded(browser, page);
                    assertThat(browser.problems()).as(where + " console").isEmpty();
                    String firstChart = browser.evaluate("document.querySelector('figure img').currentSrc").asText();
                    if (width < 600) {
                        assertThat(firstChart).as(where + ": the phone drawing")
                                .endsWith(name.equals("index") ? "-ca-nam.png" : "-dien-thoai.png");
                    } else {
                        assertThat(firstChart).doesNotContain("-ca-nam", "-dien-thoai");
                    }
                    if (name.startsWith("don-vi")) {
                        assertUnitTableFits(browser, width, where);
                    }
                    byte[] png = browser.screenshot();
                    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(width);
                    Files.write(screenshots.resolve(name + "-" + width + ".png"), png);
                }
            }
        }
    }

    /** A laptop: every column inside the page, the header sticking; a phone: the units as cards, no header row. */
    private static void assertUnitTableFits(HeadlessChromium browser, int width, String where) throws Exception {
        boolean fits = browser.evaluate("document.querySelector('table.units').getBoundingClientRect().right"
                + " <= document.querySelector('#cac-cdcs').getBoundingClientRect().right").asBoolean();
        assertThat(fits).as(where + ": the units' table inside its section").isTrue();
        String header = browser.evaluate("getComputedStyle(document.querySelector('table.units thead')).display").asText();
        if (width < 600) {
            assertThat(header).as(where + ": a card per unit, no header row").isEqualTo("none");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('table.units td.more')).display").asText())
                    .as(where + ": the other figures under each unit").isEqualTo("block");
        } else {
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('table.units thead th')).position")
                    .asText()).as(where + ": the header sticks").isEqualTo("sticky");
        }
    }

    private static void assertImagesLoaded(HeadlessChromium browser, Path page) throws Exception {
        JsonNode images = browser.evaluate("Array.from(document.images).map(i => ({src: i.currentSrc || i.src, "
                + "ok: i.complete && i.naturalWidth > 0}))");
        for (JsonNode image : images) {
            assertThat(image.get("ok").asBoolean()).as(page.getFileName() + ": " + image.get("src")).isTrue();
        }
    }
}
