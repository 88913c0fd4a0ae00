package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Nạp các tệp báo cáo mới trong hộp thư <data>/inbox/<năm>/phase-<đợt>/ vào CSDL.",
                "Loads new submission files of a phase's inbox (skips files already loaded)."})
class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--dry-run", description = "Chạy thử: kiểm tra và lập báo cáo như thật nhưng không ghi gì vào CSDL")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            Pipeline pipeline = session.bean(Pipeline.class);
            Steps steps = new Steps();
            if (!dryRun) {
                steps.run(pipeline::referenceData);
            }
            int year = pipeline.reportingYear(options.year);
            for (int phase : pipeline.phases(year, options.phase)) {
                steps.run(() -> pipeline.ingest(year, phase, dryRun));
            }
        }
        return 0;
    }
}
