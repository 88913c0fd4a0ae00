package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Đánh giá, xếp loại CĐCS cuối năm theo bộ quy tắc có phiên bản (<data>/evaluation/rubric-<năm>.yaml)"
                + " từ ảnh chụp đã công bố; kết quả Parquet, Excel, CSV tại var/warehouse/evaluation/.",
                "Year-end grading of grassroots unions from the published snapshot with the versioned rubric."})
class EvaluateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            Pipeline pipeline = session.bean(Pipeline.class);
            new Steps().run(() -> pipeline.evaluate(pipeline.reportingYear(options.year)));
        }
        return 0;
    }
}
