package vn.thidua.jobs.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.sampledata.SampleDataGenerator;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Sinh bộ dữ liệu mẫu (cấp tỉnh, hoặc toàn quốc ~130.000 CĐCS) theo cùng cấu trúc sample-data/.",
                "Generates a deterministic data set (provincial or national scale) usable as --data."})
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scale", required = true, paramLabel = "provincial|national", description = "Quy mô: provincial hoặc national")
    String scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi dữ liệu")
    Path out;

    @Option(names = "--seed", defaultValue = "2024", description = "Hạt giống ngẫu nhiên (mặc định ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        SampleDataGenerator.Scale chosen = SampleDataGenerator.Scale.valueOf(scale.toUpperCase(Locale.ROOT));
        long started = System.nanoTime();
        var summary = SampleDataGenerator.generate(chosen, out.toAbsolutePath(), seed);
        Console.OUT.println("Đã sinh dữ liệu vào " + out.toAbsolutePath() + " sau "
                + Steps.seconds((System.nanoTime() - started) / 1_000_000) + ": " + summary);
        return 0;
    }
}
