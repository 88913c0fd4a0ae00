package vn.thidua.jobs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command shares. Unset options fall back to application.yml / THIDUA_* variables. */
public class CommonOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Thư mục dữ liệu (reference/, inbox/); mặc định sample-data")
    Path data;

    @Option(names = "--workdir", paramLabel = "DIR",
            description = "Thư mục làm việc: CSDL nhúng, kho Parquet, bảng điều khiển, báo cáo; mặc định var/")
    Path workdir;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Năm báo cáo (mặc định: năm cuối cùng trong reference/phases.csv)")
    public Integer year;

    @Option(names = "--phase", paramLabel = "N", description = "Đợt thi đua (mặc định: mọi đợt của năm)")
    public Integer phase;

    /** Spring arguments for the options given on the command line (these win over every other source). */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        if (data != null) {
            args.add("--thidua.data=" + data.toAbsolutePath().normalize());
        }
        if (workdir != null) {
            args.add("--thidua.workdir=" + workdir.toAbsolutePath().normalize());
        }
        return args;
    }
}
