package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Vẽ bảng điều khiển (var/dashboards/) và viết báo cáo so sánh PDF, DOCX, XLSX (var/reports/,"
                + " theo hồ sơ văn bản <data>/report/document-profile.yaml) từ ảnh chụp Parquet đã công bố.",
                "Renders the dashboards and the comparative report from the published Parquet snapshot."})
class RenderCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            Pipeline pipeline = session.bean(Pipeline.class);
            new Steps().run(() -> pipeline.render(pipeline.reportingYear(options.year)));
        }
        return 0;
    }
}
