package vn.thidua.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.thidua.sampledata.SampleDataGenerator;
import vn.thidua.vietnamese.VietnameseFormat;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Sinh bộ dữ liệu mẫu (cấp tỉnh, hoặc toàn quốc ~130.000 CĐCS) theo cùng cấu trúc sample-data/.",
                "Generates a deterministic data set (provincial or national scale) usable as --data."})
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", required = true, paramLabel = "provincial|national", description = "Quy mô: provincial hoặc national")
    SampleDataGenerator.Scale scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi dữ liệu")
    Path out;

    @Option(names = "--seed", defaultValue = "2024", description = "Hạt giống ngẫu nhiên (mặc định ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--year", defaultValue = "" + SampleDataGenerator.DEFAULT_YEAR, paramLabel = "YYYY",
            description = "Năm báo cáo của bộ dữ liệu sinh ra (năm trước là năm gốc so sánh; mặc định ${DEFAULT-VALUE})")
    int year;

    @Override
    public Integer call() throws Exception {
        // checked here so the mistake is told in Vietnamese, like every other command-line mistake
        if (year < SampleDataGenerator.FIRST_YEAR || year > SampleDataGenerator.LAST_YEAR) {
            throw new ParameterException(spec.commandLine(), "--year phải nằm trong khoảng "
                    + SampleDataGenerator.FIRST_YEAR + "–" + SampleDataGenerator.LAST_YEAR + ": " + year);
        }
        long started = System.nanoTime();
        var summary = SampleDataGenerator.generate(scale, out.toAbsolutePath(), seed, year);
        Console.OUT.println("Đã sinh dữ liệu năm " + summary.year() + " (so với năm " + (summary.year() - 1) + ") vào "
                + out.toAbsolutePath() + " sau " + Steps.seconds((System.nanoTime() - started) / 1_000_000) + ": "
                + VietnameseFormat.count(summary.orgUnits()) + " đơn vị, " + VietnameseFormat.count(summary.submissionFiles())
                + " tệp báo cáo (" + VietnameseFormat.count(summary.submissionRows()) + " dòng), "
                + VietnameseFormat.count(summary.initiatives()) + " sáng kiến, " + VietnameseFormat.count(summary.members())
                + " đoàn viên; hạt giống " + summary.seed() + ".");
        return 0;
    }
}
