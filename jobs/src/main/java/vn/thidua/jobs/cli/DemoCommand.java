package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Chạy toàn bộ quy trình trên dữ liệu mẫu: danh mục → nạp năm báo cáo và năm trước (mọi đợt) → phân tích Spark"
                + " → đánh giá xếp loại → bảng điều khiển và báo cáo. Chạy lại cho cùng kết quả.",
                "Runs the whole pipeline on the bundled sample data with the embedded database."})
class DemoCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Console.OUT.println("thidua demo: khởi động CSDL...");
        try (ApplicationSession session = ApplicationSession.open(options)) {
            ThiduaProperties properties = session.bean(ThiduaProperties.class);
            Console.OUT.println("Dữ liệu: " + properties.data().toAbsolutePath() + " — thư mục làm việc: "
                    + properties.workdir().toAbsolutePath());
            Pipeline pipeline = session.bean(Pipeline.class);
            Steps steps = new Steps();
            steps.run(pipeline::referenceData);
            int year = pipeline.reportingYear(options.year);
            Console.OUT.println("Năm báo cáo " + year + ", so với năm " + (year - 1) + ".");
            for (int y : new int[] {year - 1, year}) {
                for (int phase : pipeline.phases(y, options.phase)) {
                    steps.run(() -> pipeline.ingest(y, phase));
                }
            }
            steps.run(() -> pipeline.analyze(year));
            steps.run(() -> pipeline.evaluate(year));
            steps.run(() -> pipeline.render(year));
            Console.OUT.println();
            Console.OUT.println("Xong sau " + Steps.seconds((System.nanoTime() - started) / 1_000_000) + ". Kết quả:");
            Console.OUT.println("  Bảng điều khiển: " + properties.dashboards().resolve("index.html").toAbsolutePath());
            Console.OUT.println("  Báo cáo so sánh: " + properties.reports().toAbsolutePath());
            Console.OUT.println("  Xếp loại:        " + properties.warehouse().resolve("evaluation").toAbsolutePath());
            Console.OUT.println("  Kho Parquet:     " + properties.warehouse().resolve("current").toAbsolutePath());
            Console.OUT.println("  Báo cáo nạp:     " + properties.archive().toAbsolutePath());
        }
        return 0;
    }
}
