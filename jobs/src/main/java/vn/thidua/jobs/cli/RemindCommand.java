package vn.thidua.jobs.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.jobs.desk.PhaseDesk;
import vn.thidua.jobs.run.Pipeline;

@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"Soạn thư nhắc nộp báo cáo của một đợt (văn bản và HTML) cho từng đơn vị tổng hợp còn CĐCS chưa có"
                + " số liệu, kèm danh sách người nhận (CSV). Hệ thống không tự gửi: cán bộ gửi theo kênh của từng đơn vị.",
                "Writes a phase's reminders per federation with units missing, and a recipients CSV; nothing is sent."})
class RemindCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Thư mục ghi thư nhắc; mặc định <workdir>/desk/<năm>/phase-<đợt>/nhac-nho")
    Path out;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (options.phase == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "thiếu --phase=N (bắt buộc): thư nhắc là của một đợt");
        }
        try (ApplicationSession session = ApplicationSession.open(options)) {
            Pipeline pipeline = session.bean(Pipeline.class);
            PhaseDesk desk = session.bean(PhaseDesk.class);
            int year = pipeline.reportingYear(options.year);
            int phase = pipeline.phases(year, options.phase).get(0);
            MissingList list = desk.missing(year, phase, LocalDate.now(session.bean(Clock.class)));
            Path dir = out != null ? out : desk.folder(year, phase).resolve("nhac-nho");
            List<Path> files = desk.reminders(list, dir);
            long federations = list.federations().stream().filter(f -> f.missing() > 0).count();
            Console.OUT.println(list.phaseText() + ": " + list.deadlineText() + ".");
            Console.OUT.println(federations == 0 ? "Mọi CĐCS đã có số liệu: không cần nhắc."
                    : "Đã soạn thư nhắc cho " + federations + " đơn vị tổng hợp (" + list.missing() + " CĐCS chưa có số liệu)"
                            + " và danh sách người nhận → " + dir.toAbsolutePath().normalize());
            Console.OUT.println("Danh sách người nhận có các cột Người liên hệ, Điện thoại, Email để trống: danh mục đơn vị"
                    + " (org_units.csv) không có thông tin liên hệ; hãy điền trước khi gửi.");
            Console.OUT.println("Đã ghi " + files.size() + " tệp.");
        }
        return 0;
    }
}
