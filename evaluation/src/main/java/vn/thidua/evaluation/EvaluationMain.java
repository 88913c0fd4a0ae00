package vn.thidua.evaluation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.evaluation.rubric.Grade;

/**
 * Command line: {@code java -jar thidua-evaluation.jar --warehouse var/warehouse --data sample-data [--out DIR]}
 * (options in {@link #USAGE}). Prints the counts per grade; exits 1 with a one-line cause on an error and
 * 2 on a usage error.
 */
public final class EvaluationMain {

    static final String USAGE = """
            Đánh giá, xếp loại CĐCS cuối năm / year-end evaluation of grassroots unions
              --warehouse DIR        kho số liệu đã công bố (đọc DIR/current) hoặc --snapshot DIR
              --data DIR             thư mục dữ liệu: DIR/reference/org_units.csv, DIR/evaluation/rubric-<năm>.yaml,
                                     DIR/evaluation/{exclusions,reorganisations,adjustments}.csv (nếu có)
              --year N               năm đánh giá (mặc định 2024; chọn tệp rubric-<N>.yaml)
              --rubric FILE          bộ tiêu chí khác (ghi đè)
              --org-units FILE       danh mục đơn vị khác (ghi đè)
              --exclusions FILE      danh sách không xét (ghi đè)
              --reorganisations FILE danh sách sáp nhập, chia tách (ghi đè)
              --adjustments FILE     điều chỉnh phúc tra (ghi đè)
              --official-grades FILE kết quả xếp loại chính thức năm trước (mặc định
                                     DIR/evaluation/official-grades-<N-1>.csv, nếu có)
              --out DIR              thư mục kết quả (mặc định <warehouse>/evaluation/<snapshot-id>)
            """;

    private static final Set<String> OPTIONS = Set.of("--warehouse", "--snapshot", "--data", "--year", "--rubric",
            "--org-units", "--exclusions", "--reorganisations", "--adjustments", "--official-grades", "--out");

    private EvaluationMain() {
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API, which has no provider outside Spring: a quiet simple logger.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        }
        System.setProperty("java.awt.headless", "true");
        EvaluationRequest request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            EvaluationResult result = Evaluation.run(request);
            System.out.println(summary(result));
        } catch (RuntimeException e) {
            System.err.println("Đánh giá không thành công / evaluation failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static EvaluationRequest parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Tham số không hợp lệ / bad argument: " + args[i]);
            }
            o.put(args[i], args[++i]);
        }
        String snapshot = o.getOrDefault("--snapshot", o.get("--warehouse"));
        if (snapshot == null || !o.containsKey("--data") && !(o.containsKey("--rubric") && o.containsKey("--org-units"))) {
            throw new IllegalArgumentException("Cần --warehouse (hoặc --snapshot) và --data (hoặc --rubric và --org-units)");
        }
        int year;
        try {
            year = Integer.parseInt(o.getOrDefault("--year", "2024"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year phải là số / must be a number");
        }
        Path out = o.containsKey("--out") ? Path.of(o.get("--out")) : null;
        EvaluationRequest r = o.containsKey("--data")
                ? EvaluationRequest.fromDataDir(Path.of(snapshot), Path.of(o.get("--data")), year, out)
                : new EvaluationRequest(Path.of(snapshot), Path.of(o.get("--org-units")), Path.of(o.get("--rubric")),
                        null, null, null, null, out);
        return new EvaluationRequest(r.snapshot(),
                path(o, "--org-units", r.orgUnits()), path(o, "--rubric", r.rubric()),
                path(o, "--exclusions", r.exclusions()), path(o, "--reorganisations", r.reorganisations()),
                path(o, "--adjustments", r.adjustments()), path(o, "--official-grades", r.officialGrades()),
                r.outputDir());
    }

    private static Path path(Map<String, String> options, String key, Path fallback) {
        return options.containsKey(key) ? Path.of(options.get(key)) : fallback;
    }

    static String summary(EvaluationResult r) {
        StringBuilder s = new StringBuilder("Đã đánh giá " + r.units() + " CĐCS (bộ tiêu chí " + r.rubricVersion()
                + ", số liệu " + r.snapshotId() + "):\n");
        for (Grade g : List.of(Grade.values())) {
            s.append("  ").append(g.labelVi()).append(": ").append(r.count(g)).append('\n');
        }
        r.shortlistCounts().forEach((code, n) -> s.append("  đề nghị ").append(code).append(": ").append(n).append('\n'));
        s.append("Năm ").append(r.year() - 1).append(" chấm theo cùng bộ tiêu chí:");
        r.previousYearGradeCounts().forEach((g, n) -> {
            if (n > 0) {
                s.append(' ').append(g.code()).append(' ').append(n);
            }
        });
        s.append('\n');
        s.append("  điều chỉnh phúc tra: ").append(r.adjustmentsApplied()).append(" áp dụng, ")
                .append(r.adjustmentsRejected()).append(" không áp dụng\n");
        s.append("Kết quả / output: ").append(r.outputDir());
        return s.toString();
    }
}
