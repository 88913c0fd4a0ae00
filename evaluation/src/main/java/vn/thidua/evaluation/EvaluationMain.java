package vn.thidua.evaluation;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.vietnamese.cli.VietnameseCommandLine;
import vn.thidua.warehouse.Grade;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.manifest.ManifestFile;

/**
 * Command line: {@code java -jar thidua-evaluation.jar --warehouse var/warehouse --data sample-data [--out DIR]},
 * parsed by picocli as every command of the project is. Prints the counts per grade; exits 0 when done, 1 with
 * a one-line cause when the run failed, 2 on a usage error.
 */
@Command(name = "thidua-evaluation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Đánh giá, xếp loại CĐCS cuối năm từ bản số liệu đã công bố, theo bộ tiêu chí có phiên bản"
                + " (DIR/evaluation/rubric-<năm>.yaml).",
                "Year-end evaluation of grassroots unions from the published snapshot, by a versioned rubric."})
public final class EvaluationMain {

    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "Kho số liệu đã công bố (đọc DIR/current) / the warehouse")
    Path warehouse;

    @Option(names = "--snapshot", paramLabel = "DIR",
            description = "Hoặc một thư mục bản công bố (thay cho --warehouse) / or a snapshot directory")
    Path snapshot;

    @Option(names = "--data", paramLabel = "DIR", description = "Thư mục dữ liệu: DIR/evaluation/rubric-<năm>.yaml và,"
            + " nếu có, DIR/evaluation/{exclusions,reorganisations,adjustments}.csv, official-grades-<năm-1>.csv"
            + " / the data directory (its evaluation/ only)")
    Path data;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Năm đánh giá: chọn tệp rubric-<YYYY>.yaml (mặc định: năm của bản công bố) / picks the rubric file")
    Integer year;

    @Option(names = "--rubric", paramLabel = "FILE", description = "Bộ tiêu chí khác (ghi đè) / another rubric")
    Path rubric;

    @Option(names = "--exclusions", paramLabel = "FILE", description = "Danh sách không xét (ghi đè) / exclusions")
    Path exclusions;

    @Option(names = "--reorganisations", paramLabel = "FILE",
            description = "Danh sách sáp nhập, chia tách (ghi đè) / mergers and splits")
    Path reorganisations;

    @Option(names = "--adjustments", paramLabel = "FILE",
            description = "Điều chỉnh phúc tra (ghi đè) / verified adjustments")
    Path adjustments;

    @Option(names = "--official-grades", paramLabel = "FILE",
            description = "Kết quả xếp loại chính thức năm trước (ghi đè) / the official grades of the year before")
    Path officialGrades;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Thư mục kết quả (mặc định <warehouse>/evaluation/<snapshot-id>) / the output directory")
    Path out;

    public static void main(String[] args) {
        // POI logs through the Log4j API, which has no provider outside Spring: a quiet simple logger.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = VietnameseCommandLine.of(new EvaluationMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        EvaluationMain options = (EvaluationMain) cli.getCommand();
        try {
            if (CommandLine.printHelpIfRequested(cli.parseArgs(args))) {
                return 0;
            }
            options.check(cli);
        } catch (CommandLine.ParameterException e) {
            err.println("đánh giá: " + VietnameseCommandLine.message(e));
            cli.usage(err);
            return 2;
        }
        try {
            out.println(summary(Evaluation.run(options.request())));
            return 0;
        } catch (RuntimeException e) {
            err.println("Đánh giá không thành công / evaluation failed: " + oneLine(e));
            return 1;
        }
    }

    /** The cause on one line, for a log or a job's status: line breaks folded, a null message replaced by the type. */
    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Parses a command line; a bad one throws picocli's ParameterException. */
    static EvaluationRequest parse(String... args) {
        CommandLine cli = VietnameseCommandLine.of(new EvaluationMain());
        cli.parseArgs(args);
        EvaluationMain options = (EvaluationMain) cli.getCommand();
        options.check(cli);
        return options.request();
    }

    void check(CommandLine cli) {
        if (snapshot == null && warehouse == null || data == null && rubric == null) {
            throw new CommandLine.ParameterException(cli, "cần --warehouse (hoặc --snapshot) và --data (hoặc --rubric)");
        }
    }

    /**
     * The request: the data directory's usual files, each overridden by its own option. Without --year the
     * year is the snapshot's own (its manifest), so next year's snapshot picks next year's rubric.
     */
    EvaluationRequest request() {
        Path from = snapshot != null ? snapshot : warehouse;
        int evaluated = year != null ? year : snapshotYear(from);
        EvaluationRequest r = data != null ? EvaluationRequest.fromDataDir(from, data, evaluated, out)
                : new EvaluationRequest(from, rubric, null, null, null, null, out);
        return new EvaluationRequest(r.snapshot(), or(rubric, r.rubric()), or(exclusions, r.exclusions()),
                or(reorganisations, r.reorganisations()), or(adjustments, r.adjustments()),
                or(officialGrades, r.officialGrades()), r.outputDir());
    }

    private static int snapshotYear(Path warehouseOrSnapshot) {
        Path manifest = warehouseOrSnapshot.resolve("manifest.json");
        Path dir = java.nio.file.Files.isRegularFile(manifest) ? warehouseOrSnapshot
                : new Warehouse(warehouseOrSnapshot).current();
        return ManifestFile.read(dir.resolve("manifest.json")).year();
    }

    private static Path or(Path option, Path fallback) {
        return option != null ? option : fallback;
    }

    static String summary(EvaluationResult r) {
        StringBuilder s = new StringBuilder("Đã đánh giá " + r.units() + " CĐCS (bộ tiêu chí " + r.rubricVersion()
                + ", số liệu " + r.snapshotId() + "):\n");
        for (Grade g : Grade.values()) {
            s.append("  ").append(g.labelVi()).append(": ").append(r.count(g)).append('\n');
        }
        r.shortlistCounts().forEach((code, n) -> s.append("  đề nghị ").append(code).append(": ").append(n).append('\n'));
        s.append("Năm ").append(r.year() - 1).append(" chấm theo cùng bộ tiêu chí:\n");
        r.previousYearGradeCounts().forEach((g, n) -> s.append("  ").append(g.labelVi()).append(": ").append(n).append('\n'));
        s.append("  điều chỉnh phúc tra: ").append(r.adjustmentsApplied()).append(" áp dụng, ")
                .append(r.adjustmentsRejected()).append(" không áp dụng\n");
        s.append("Kết quả: ").append(r.outputDir());
        return s.toString();
    }
}
