package vn.thidua.dashboards;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.DashboardDataReader;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.data.IndicatorCodes;
import vn.thidua.dashboards.dataset.UnitLookups;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.figures.NarrowCharts;
import vn.thidua.dashboards.figures.ResponsiveChart;
import vn.thidua.dashboards.render.ResponsiveChartFiles;
import vn.thidua.dashboards.site.FederationContent;
import vn.thidua.dashboards.site.FederationPage;
import vn.thidua.dashboards.site.IndexPage;
import vn.thidua.dashboards.site.SiteWriter;
import vn.thidua.dashboards.text.KeyFigures;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.SnapshotNotFoundException;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leadership dashboard: reads the published snapshot ({@code <warehouse>/current}) and writes
 * {@code index.html}, a page per federation and the chart images (PNG, a narrower PNG for phones, and SVG)
 * into one directory, the federations' charts in {@value FederationPages#CHART_FOLDER}/. Reads Parquet only —
 * no Spark, no database — so it keeps working from the last good snapshot when a later analytics run fails.
 */
public final class DashboardSite {

    static {
        // Before any AWT class loads: charts are drawn off-screen, on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private DashboardSite() {
    }

    /**
     * @return the files written: index.html first, then the PNG charts, the SVG charts and the federation pages;
     *         {@code charts}: the charts drawn (a phone's drawing of the same chart not counted again)
     * @throws SnapshotNotFoundException when nothing was published yet (message in Vietnamese and English)
     */
    public static RenderResult render(Path warehouse, Path outDir, int year) {
        DashboardData snapshot = readYear(warehouse, year);
        DashboardTheme theme = new DashboardTheme();
        List<ChartSection> sections = Charts.sections(snapshot, year, theme);
        Map<String, ResponsiveChart> drawings = new LinkedHashMap<>();
        Charts.all(sections).forEach(c -> drawings.put(c.fileName(), NarrowCharts.yearOnly(c, year)));
        List<Federation> federations = Federations.of(snapshot);
        UnitLookups lookups = FederationPages.lookups(snapshot, year);
        String notYetGraded = notYetGraded(sections, year);

        List<String> pngs = new ArrayList<>();
        List<String> svgs = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        SiteWriter.publish(outDir, dir -> {
            List<FederationContent> contents = federations.stream()
                    .map(f -> FederationPages.content(snapshot, f, year, lookups, notYetGraded, theme)).toList();
            List<ResponsiveChart> charts = new ArrayList<>(drawings.values());
            contents.forEach(c -> charts.addAll(c.charts()));
            // Each chart is its own object and drawing it is CPU work alone: both cores draw, the files keep their order.
            charts.parallelStream().map(c -> ResponsiveChartFiles.write(c, dir)).toList()
                    .forEach(written -> record(written, pngs, svgs));
            List<IndexPage.FederationLink> links = new ArrayList<>();
            for (int i = 0; i < federations.size(); i++) {
                Federation f = federations.get(i);
                FederationContent content = contents.get(i);
                write(dir.resolve(f.pageFile()), FederationPage.html(year, f, content, snapshot.id(), snapshot.manifest()));
                pages.add(f.pageFile());
                links.add(new IndexPage.FederationLink(f, headline(snapshot, f)));
            }
            write(dir.resolve("index.html"), IndexPage.html(year, provinceName(snapshot), KeyFigures.sentences(snapshot, year),
                    sections, drawings, links, snapshot.id(), snapshot.manifest()));
        });
        Path out = outDir.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>(List.of("index.html"));
        names.addAll(pngs);
        names.addAll(svgs);
        names.addAll(pages);
        return new RenderResult(snapshot.id(), names.stream().map(out::resolve).toList(), svgs.size());
    }

    private static void record(ResponsiveChartFiles.Written written, List<String> pngs, List<String> svgs) {
        pngs.addAll(written.pngs());
        svgs.addAll(written.svgs());
    }

    /** The snapshot with the year's figures; no figures at all is an error, not an empty dashboard. */
    static DashboardData readYear(Path warehouse, int year) {
        DashboardData snapshot = new DashboardDataReader(warehouse).read(year);
        if (snapshot.values().isEmpty()) {
            throw new SnapshotNotFoundException("Bản công bố " + snapshot.id() + " không có số liệu năm " + year
                    + ". / Published snapshot " + snapshot.id() + " has no figures for " + year + ".");
        }
        return snapshot;
    }

    static String provinceName(DashboardData snapshot) {
        return snapshot.orgUnits().values().stream()
                .filter(OrgUnitRow::isProvince).map(OrgUnitRow::name).findFirst().orElse(null);
    }

    /** What the index says before the year-end evaluation, so that a federation page says the same. */
    private static String notYetGraded(List<ChartSection> sections, int year) {
        return sections.stream().filter(s -> s.id().equals("xep-loai")).map(ChartSection::whenEmpty).findFirst()
                .orElse("Chưa có kết quả đánh giá, xếp loại cuối năm " + year + ".");
    }

    /** "tham gia 91,2%" beside the link: enough to see where each federation stands before opening it. */
    private static String headline(DashboardData snapshot, Federation f) {
        return snapshot.federationValue(IndicatorCodes.PARTICIPATION_RATE, f.code(), IndicatorValueRow.WHOLE_YEAR)
                .filter(v -> v.value() != null)
                .map(v -> "tham gia " + VietnameseFormat.percent(v.value()))
                .orElse(null);
    }

    private static void write(Path file, String html) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
