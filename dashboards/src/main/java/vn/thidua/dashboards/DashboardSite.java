package vn.thidua.dashboards;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.DashboardDataReader;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.data.IndicatorCodes;
import vn.thidua.dashboards.dataset.UnitTable;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.figures.DashboardChart;
import vn.thidua.dashboards.render.PngRenderer;
import vn.thidua.dashboards.render.SvgRenderer;
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
import java.util.List;

/**
 * The leadership dashboard: reads the published snapshot ({@code <warehouse>/current}) and writes
 * {@code index.html}, a page per federation and the chart images (PNG, and SVG beside them) into one
 * directory. Reads Parquet only — no Spark, no database — so it keeps working from the last good
 * snapshot when a later analytics run fails.
 */
public final class DashboardSite {

    static {
        // Before any AWT class loads: charts are drawn off-screen, on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private DashboardSite() {
    }

    /**
     * @return the files written: index.html first, then the PNG charts, the SVG charts and the federation pages
     * @throws SnapshotNotFoundException when nothing was published yet (message in Vietnamese and English)
     */
    public static RenderResult render(Path warehouse, Path outDir, int year) {
        DashboardData snapshot = readYear(warehouse, year);
        List<ChartSection> sections = Charts.sections(snapshot, year, new DashboardTheme());
        List<DashboardChart> charts = Charts.all(sections);
        List<Federation> federations = Federations.of(snapshot);

        List<String> names = new ArrayList<>();
        SiteWriter.publish(outDir, dir -> {
            names.add("index.html");
            List<String> svgs = new ArrayList<>();
            for (DashboardChart chart : charts) {
                if (chart.hasChart()) {
                    names.add(PngRenderer.render(chart, dir).getFileName().toString());
                    svgs.add(SvgRenderer.render(chart, dir).getFileName().toString());
                }
            }
            names.addAll(svgs);
            List<IndexPage.FederationLink> links = new ArrayList<>();
            for (Federation f : federations) {
                write(dir.resolve(f.pageFile()), FederationPage.html(year, f,
                        KeyFigures.federationSentences(snapshot, year, f.code()), UnitTable.of(snapshot, f, year),
                        snapshot.id(), snapshot.manifest()));
                names.add(f.pageFile());
                links.add(new IndexPage.FederationLink(f, headline(snapshot, f)));
            }
            write(dir.resolve("index.html"), IndexPage.html(year, provinceName(snapshot), KeyFigures.sentences(snapshot, year),
                    sections, links, snapshot.id(), snapshot.manifest()));
        });
        Path out = outDir.toAbsolutePath().normalize();
        List<Path> files = names.stream().map(out::resolve).toList();
        int pngs = (int) names.stream().filter(n -> n.endsWith(".png")).count();
        return new RenderResult(snapshot.id(), files, pngs);
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
