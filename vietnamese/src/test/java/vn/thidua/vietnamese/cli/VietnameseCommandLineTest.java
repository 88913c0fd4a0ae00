package vn.thidua.vietnamese.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class VietnameseCommandLineTest {

    @Command(name = "thu", mixinStandardHelpOptions = true, description = "Lệnh thử.")
    static class Sample {
        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Năm báo cáo")
        int year;

        @Option(names = "--warehouse", paramLabel = "DIR", description = "Kho số liệu")
        Path warehouse;

        @Option(names = "--dry-run", description = "Chỉ kiểm tra")
        boolean dryRun;
    }

    private static String mistake(String... args) {
        CommandLine cli = VietnameseCommandLine.of(new Sample());
        CommandLine.ParameterException e = catchThrowableOfType(CommandLine.ParameterException.class,
                () -> cli.parseArgs(args));
        return VietnameseCommandLine.message(e);
    }

    @Test
    void missingOptionsAreNamedWithTheirValue() {
        assertThat(mistake()).isEqualTo("thiếu --year=YYYY (bắt buộc)");
        assertThat(mistake("--year")).startsWith("thiếu --year=YYYY");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatIsExpected() {
        assertThat(mistake("--year", "hai nghìn")).isEqualTo("giá trị không hợp lệ cho --year=YYYY: 'hai nghìn' (cần một số nguyên)");
    }

    @Test
    void anUnknownArgumentIsQuoted() {
        assertThat(mistake("--year", "2024", "--yaer", "2025")).startsWith("không hiểu '--yaer' '2025'");
        assertThat(mistake("--year", "2024", "lol")).isEqualTo("không hiểu 'lol'");
    }

    @Test
    void anOptionGivenTwiceIsTold() {
        assertThat(mistake("--year", "2024", "--year", "2025")).isEqualTo("--year=YYYY được cho nhiều lần; chỉ cho một lần");
    }

    @Test
    void theHelpIsInVietnamese() {
        StringWriter help = new StringWriter();
        CommandLine cli = VietnameseCommandLine.of(new Sample());
        cli.usage(new PrintWriter(help));
        assertThat(help.toString()).contains("Cách dùng: thu", "Tham số:", "Hiện hướng dẫn này rồi thoát.",
                "Năm báo cáo").doesNotContain("Usage", "Show this help");
    }
}
