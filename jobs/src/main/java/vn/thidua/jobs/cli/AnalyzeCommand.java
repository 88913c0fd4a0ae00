package vn.thidua.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Tính các chỉ tiêu bằng Spark và công bố ảnh chụp Parquet mới (var/warehouse/current).",
                "Computes the indicators with Spark into a new Parquet snapshot and publishes it."})
class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[2] (mặc định) hoặc spark://host:port")
    String master;

    @Override
    public Integer call() throws Exception {
        List<String> extra = new ArrayList<>();
        if (master != null) {
            extra.add("--thidua.analytics.master=" + master);
        }
        try (ApplicationSession session = ApplicationSession.open(options, extra.toArray(String[]::new))) {
            Pipeline pipeline = session.bean(Pipeline.class);
            new Steps().run(() -> pipeline.analyze(pipeline.reportingYear(options.year)));
        }
        return 0;
    }
}
