package vn.thidua.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.thidua.vietnamese.cli.VietnameseCommandLine;

/**
 * {@code ./thidua}: the command line of the federation's emulation-movement reporting system.
 * Each command that needs the database opens one {@link ApplicationSession}; {@code generate},
 * {@code evaluate} and every {@code --help} answer without starting anything.
 */
@Command(name = "thidua", mixinStandardHelpOptions = true, version = "thidua 0.1.0",
        description = {"Hệ thống tổng hợp, phân tích phong trào thi đua của Liên đoàn Lao động tỉnh.",
                "Emulation-movement reporting and analytics for a provincial trade-union federation."},
        subcommands = {DemoCommand.class, IngestCommand.class, AnalyzeCommand.class, RenderCommand.class,
                EvaluateCommand.class, ScheduleCommand.class, StatusCommand.class, GenerateCommand.class,
                ReferenceCommand.class, TemplateCommand.class, RemindCommand.class})
public class ThiduaCli implements Callable<Integer> {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = VietnameseCommandLine.of(new ThiduaCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new java.io.PrintWriter(Console.OUT, true));
        cli.setErr(new java.io.PrintWriter(Console.ERR, true));
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine wrong = e.getCommandLine();
            wrong.getErr().println("LỖI: " + VietnameseCommandLine.message(e));
            wrong.usage(wrong.getErr());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("LỖI: " + message(e));
            if (Boolean.getBoolean("thidua.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    static String message(Throwable e) {
        // a mistake the person can fix says it all in its own words: no bean names, no chain of causes
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof vn.thidua.jobs.config.SetupException setup) {
                return setup.getMessage();
            }
        }
        String text = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            if (cause.getMessage() != null && !text.contains(cause.getMessage())) {
                text += " — " + cause.getMessage();
            }
            e = cause;
            cause = cause.getCause();
        }
        return text;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, Console.OUT);
        return 0;
    }
}
