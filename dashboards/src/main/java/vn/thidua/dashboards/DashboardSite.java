package vn.thidua.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.dashboards.charts.ChartSection;
import vn.thidua.dashboards.charts.Charts;
import vn.thidua.dashboards.charts.DashboardChart;
import vn.thidua.dashboards.charts.IndicatorCodes;
import vn.thidua.dashboards.federations.Federation;
import vn.thidua.dashboards.federations.Federations;
import vn.thidua.dashboards.federations.UnitTable;
import vn.thidua.dashboards.format.VietnameseFormat;
import vn.thidua.dashboards.render.PngRenderer;
import vn.thidua.dashboards.render.SvgRenderer;
import vn.thidua.dashboards.site.FederationPage;
import vn.thidua.dashboards.site.IndexPage;
import vn.thidua.dashboards.site.SiteWriter;
import vn.thidua.dashboards.snapshot.IndicatorValue;
import vn.thidua.dashboards.snapshot.OrgUnit;
import vn.thidua.dashboards.snapshot.Snapshot;
import vn.thidua.dashboards.snapshot.SnapshotNotFoundException;
import vn.thidua.dashboards.snapshot.SnapshotReader;
import vn.thidua.dashboards.summary.KeyFigures;
import vn.thidua.dashboards.theme.DashboardTheme;

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
        Snapshot snapshot = readYear(warehouse, year);
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
    static Snapshot readYear(Path warehouse, int year) {
        Snapshot snapshot = new SnapshotReader(warehouse).read(year);
        if (snapshot.values().isEmpty()) {
            throw new SnapshotNotFoundException("Bản công bố " + snapshot.id() + " không có số liệu năm " + year
                    + ". / Published snapshot " + snapshot.id() + " has no figures for " + year + ".");
        }
        return snapshot;
    }

    static String provinceName(Snapshot snapshot) {
        return snapshot.orgUnits().values().stream()
                .filter(OrgUnit::isProvince).map(OrgUnit::name).findFirst().orElse(null);
    }

    /** "tham gia 91,2%" beside the link: enough to see where each federation stands before opening it. */
    private static String headline(Snapshot snapshot, Federation f) {
        return snapshot.federationValue(IndicatorCodes.PARTICIPATION_RATE, f.code(), IndicatorValue.WHOLE_YEAR)
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
