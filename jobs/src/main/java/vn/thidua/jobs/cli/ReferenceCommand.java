package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "reference", mixinStandardHelpOptions = true,
        description = {"Nạp danh mục (đơn vị, đợt, chỉ số, quy tắc, chỉ tiêu) từ <data>/reference/.",
                "Loads the reference data and catalogues (idempotent)."})
class ReferenceCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            new Steps().run(session.bean(Pipeline.class)::referenceData);
        }
        return 0;
    }
}
