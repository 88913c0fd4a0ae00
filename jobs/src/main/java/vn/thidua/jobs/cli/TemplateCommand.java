package vn.thidua.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.jobs.desk.PhaseDesk;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Lập mẫu báo cáo của đợt cho từng LĐLĐ huyện/thành phố, công đoàn ngành và các CĐCS trực thuộc tỉnh:"
                + " bảng tính .xlsx (mã đơn vị điền sẵn, kiểm tra số liệu, trang hướng dẫn), bản .csv và mẫu sổ sáng kiến.",
                "Writes each federation's templates for a phase (XLSX and CSV, submission and initiative register)."})
class TemplateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--federation", paramLabel = "MÃ",
            description = "Chỉ lập mẫu cho một đơn vị tổng hợp (mã trong org_units.csv, ví dụ BK.BB; mã của tỉnh cho các"
                    + " CĐCS trực thuộc tỉnh); mặc định: mọi đơn vị")
    String federation;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Thư mục ghi mẫu; mặc định <workdir>/desk/<năm>/phase-<đợt>/mau-bao-cao")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (ApplicationSession session = ApplicationSession.open(options)) {
            Pipeline pipeline = session.bean(Pipeline.class);
            PhaseDesk desk = session.bean(PhaseDesk.class);
            // the templates must ask for the catalogue the intake will check against: load it first
            new Steps().run(pipeline::referenceData);
            int year = pipeline.reportingYear(options.year);
            for (int phase : pipeline.phases(year, options.phase)) {
                Path dir = out != null ? out : desk.folder(year, phase).resolve("mau-bao-cao");
                List<Path> files = desk.templates(year, phase, federation, dir);
                Console.OUT.println("Đợt " + phase + " năm " + year + ": " + files.size() + " tệp mẫu cho " + files.size() / 4
                        + " đơn vị tổng hợp → " + dir.toAbsolutePath().normalize());
            }
        }
        return 0;
    }
}
