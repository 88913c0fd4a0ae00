package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.jobs.schedule.PipelineSchedule;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Chạy các job theo lịch (cron trong cấu hình thidua.schedule.*) cho đến khi bị dừng (Ctrl-C);"
                + " giữ sẵn một JVM phân tích (Spark) giữa các lần chạy.",
                "Runs the jobs on the configured cron expressions until stopped, keeping one analytics JVM warm."})
class ScheduleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @picocli.CommandLine.Option(names = "--reminders", description = "Ngày sau hạn nộp của mỗi đợt, tự soạn thư nhắc vào"
            + " <workdir>/desk/<năm>/phase-<đợt>/nhac-nho (như lệnh remind; không gửi đi)")
    boolean reminders;

    @Override
    public Integer call() throws Exception {
        // The schedule keeps one analytics JVM warm between its runs (a repeated run in a few seconds).
        ApplicationSession session = reminders
                ? ApplicationSession.open(options, "--thidua.analytics.warm-driver=true", "--thidua.schedule.reminders=true")
                : ApplicationSession.open(options, "--thidua.analytics.warm-driver=true");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            stopped.countDown();
        }, "thidua-shutdown"));
        session.bean(PipelineSchedule.class).start();
        Console.OUT.println("Đang chạy theo lịch; nhấn Ctrl-C để dừng.");
        stopped.await();
        return 0;
    }
}
