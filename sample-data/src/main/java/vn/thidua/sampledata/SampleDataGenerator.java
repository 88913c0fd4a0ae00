package vn.thidua.sampledata;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates thidua's sample data: reference data and an inbox of unit submissions
 * (docs/data-contracts.md §1–2) for a reporting year and the year before it, the baseline. Output
 * depends only on the scale, the seed and the year: no clock, no hash order. Another year moves every
 * date and changes nothing else. Existing files with the same names are overwritten; nothing else in
 * {@code outDir} is touched, so generate into an empty directory.
 */
public final class SampleDataGenerator {
    public static final long DEFAULT_SEED = 2024;
    /** The reporting year of the bundled sample. */
    public static final int DEFAULT_YEAR = Years.DEFAULT_REPORTING;
    /** The reporting years accepted. */
    public static final int FIRST_YEAR = Years.FIRST;
    public static final int LAST_YEAR = Years.LAST;
    /** About the number of grassroots unions in Vietnam (126,000+ in 2022). */
    public static final int NATIONAL_GRASSROOTS_UNITS = 130_000;

    public enum Scale { PROVINCIAL, NATIONAL }

    /**
     * @param year            the reporting year (the baseline is the year before)
     * @param orgUnits        rows of org_units.csv
     * @param submissionFiles submission files in the inbox (initiative registers not included)
     * @param submissionRows  data rows in those files (federation rows and planted bad rows included)
     * @param initiatives     rows of the initiative registers
     * @param members         members of the grassroots unions open at the end of the reporting year (model truth)
     */
    public record Summary(Scale scale, long seed, int year, int orgUnits, int submissionFiles, long submissionRows,
                          long initiatives, long members) {}

    private SampleDataGenerator() {}

    /** The bundled sample's years: reporting year {@value #DEFAULT_YEAR}. */
    public static Summary generate(Scale scale, Path outDir, long seed) {
        return generate(scale, outDir, seed, DEFAULT_YEAR);
    }

    /**
     * @param year the reporting year, {@link #FIRST_YEAR}–{@link #LAST_YEAR}; the year before it is the baseline
     * @throws IllegalArgumentException for a year out of that range
     */
    public static Summary generate(Scale scale, Path outDir, long seed, int year) {
        return switch (scale) {
            case PROVINCIAL -> ProvincialGenerator.run(outDir, seed, new Years(year)).summary();
            case NATIONAL -> generateNational(outDir, seed, NATIONAL_GRASSROOTS_UNITS, year);
        };
    }

    /** National scale with about {@code grassrootsUnits} grassroots unions (tests use a few thousand). */
    public static Summary generateNational(Path outDir, long seed, int grassrootsUnits) {
        return generateNational(outDir, seed, grassrootsUnits, DEFAULT_YEAR);
    }

    public static Summary generateNational(Path outDir, long seed, int grassrootsUnits, int year) {
        return NationalGenerator.run(outDir, seed, grassrootsUnits, new Years(year));
    }

    /** {@code --scale provincial|national --out DIR [--seed N] [--year YYYY] [--units N]} */
    public static void main(String[] args) {
        Scale scale = null;
        Path out = null;
        long seed = DEFAULT_SEED;
        int year = DEFAULT_YEAR;
        int units = NATIONAL_GRASSROOTS_UNITS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--scale" -> scale = Scale.valueOf(require(value, "--scale").toUpperCase(Locale.ROOT));
                case "--out" -> out = Path.of(require(value, "--out"));
                case "--seed" -> seed = Long.parseLong(require(value, "--seed"));
                case "--year" -> year = Integer.parseInt(require(value, "--year"));
                case "--units" -> units = Integer.parseInt(require(value, "--units"));
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (scale == null || out == null) {
            usage("--scale and --out are required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            usage("--year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        // POI logs through Log4j 2; without a provider it prints a warning on every run.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        long start = System.nanoTime();
        if (scale == Scale.PROVINCIAL) {
            ProvincialGenerator.Result r = ProvincialGenerator.run(out, seed, new Years(year));
            System.out.println(r.summary());
            r.expectations().forEach(System.out::println);
            r.problems().forEach(p -> System.out.println(p.kind() + "\t" + p.location() + "\t" + p.detail().get()));
        } else {
            System.out.println(generateNational(out, seed, units, year));
        }
        System.out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static String require(String value, String option) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String message) {
        System.err.println(message);
        System.err.println("usage: --scale provincial|national --out DIR [--seed N] [--year YYYY] [--units N]");
        System.exit(2);
    }
}
