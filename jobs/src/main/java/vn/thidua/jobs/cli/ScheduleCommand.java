package vn.thidua.jobs.cli;

import java.util.ArrayList;
import java.util.List;
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
        // The schedule keeps one analytics JVM warm between its runs (a repeated run in a few seconds). Spring's
        // own shutdown hooks are off: they would close the database and stop the log beside ours while a run
        // still needs them.
        List<String> settings = new ArrayList<>(List.of("--thidua.analytics.warm-driver=true",
                "--spring.main.register-shutdown-hook=false", "--logging.register-shutdown-hook=false"));
        if (reminders) {
            settings.add("--thidua.schedule.reminders=true");
        }
        ApplicationSession session = ApplicationSession.open(options, settings.toArray(String[]::new));
        CountDownLatch stopped = new CountDownLatch(1);
        PipelineSchedule schedule = session.bean(PipelineSchedule.class);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // A run in progress finishes first: closing the database and the analytics JVM under it would fail
            // a run that was about to publish (a kill -9 is still safe: the next start recovers).
            Console.OUT.println("Đang dừng: chờ lần chạy đang dở (nếu có) kết thúc, tối đa "
                    + PipelineSchedule.STOP_WAIT_MINUTES + " phút…");
            schedule.stop();
            session.close();
            Console.OUT.println("Đã dừng lịch.");
            stopped.countDown();
        }, "thidua-shutdown"));
        schedule.start();
        Console.OUT.println("Đang chạy theo lịch; nhấn Ctrl-C để dừng.");
        stopped.await();
        return 0;
    }
}
