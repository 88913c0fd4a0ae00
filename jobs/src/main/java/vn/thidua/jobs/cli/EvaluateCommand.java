package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Đánh giá, xếp loại CĐCS cuối năm (chưa có trong phiên bản này).",
                "Year-end evaluation of grassroots unions (not yet available)."})
class EvaluateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Console.OUT.println("Chức năng đánh giá, xếp loại cuối năm chưa có trong phiên bản này"
                + " (year-end evaluation is not yet available).");
        return 0;
    }
}
