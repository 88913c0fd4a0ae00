package vn.thidua.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ThiduaCliTest {

    private static final String SAMPLE = Path.of(System.getProperty("thidua.sample-data", "../sample-data"))
            .toAbsolutePath().toString();

    @TempDir
    static Path root;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "ingest", "analyze", "render", "evaluate", "schedule", "status", "generate", "reference",
        "template", "remind"})
    void everyCommandExplainsItselfInVietnameseWithoutStartingAnything(String command) {
        // given
        CommandLine cli = ThiduaCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        // when
        int exit = cli.execute(command, "--help");
        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Cách dùng: thidua " + command).containsPattern("[ạảãáàâấầậẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]");
    }

    @Test
    void aYearOrPhaseTheCalendarDoesNotHaveIsOneClearLineEveryTime() {
        String workdir = root.resolve("lich").toString();
        for (int run = 0; run < 2; run++) {
            Result year = run("ingest", "--year", "1999", "--data", SAMPLE, "--workdir", workdir);
            assertThat(year.exit()).isEqualTo(1);
            assertThat(year.err()).isEqualTo("LỖI: Không có năm 1999 trong reference/phases.csv; các năm có: 2023, 2024\n");
        }
        Result phase = run("ingest", "--year", "2024", "--phase", "3", "--data", SAMPLE, "--workdir", workdir);
        assertThat(phase.err()).isEqualTo("LỖI: Không có đợt 3 năm 2024 trong reference/phases.csv; năm 2024 có các đợt: 1, 2\n");
        Result analyze = run("analyze", "--year", "1999", "--data", SAMPLE, "--workdir", workdir);
        assertThat(analyze.err()).isEqualTo("LỖI: Không có năm 1999 trong reference/phases.csv; các năm có: 2023, 2024\n");
    }

    @Test
    void aMistakeOnTheCommandLineIsToldInVietnameseWithTheHelp() {
        Result year = run("ingest", "--year", "hai nghìn");
        assertThat(year.exit()).isEqualTo(2);
        assertThat(year.err()).startsWith("LỖI: giá trị không hợp lệ cho --year=YYYY: 'hai nghìn' (cần một số nguyên)\n")
                .contains("Cách dùng: thidua ingest");
        Result remind = run("remind");
        assertThat(remind.exit()).isEqualTo(2);
        assertThat(remind.err()).startsWith("LỖI: thiếu --phase=N (bắt buộc): thư nhắc là của một đợt\n")
                .contains("Cách dùng: thidua remind");
        Result unknown = run("nhap");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("LỖI: không hiểu 'nhap'").doesNotContain("Unmatched");
    }

    @Test
    void aMissingDataOrWorkFolderIsAnErrorAndNothingIsPublished() {
        String workdir = root.resolve("khong-co-du-lieu").toString();
        Result analyze = run("analyze", "--data", "/nonexistent", "--workdir", workdir);
        assertThat(analyze.exit()).isEqualTo(1);
        assertThat(analyze.err()).isEqualTo("LỖI: Thư mục dữ liệu /nonexistent không tồn tại (--data hoặc THIDUA_DATA).\n");
        assertThat(Path.of(workdir, "warehouse")).doesNotExist();

        Result work = run("status", "--data", SAMPLE, "--workdir", root.resolve("khong/co/cha").toString());
        assertThat(work.exit()).isEqualTo(1);
        assertThat(work.err()).startsWith("LỖI: Thư mục làm việc ").contains("thư mục cha").doesNotContain("bean");
        assertThat(root.resolve("khong")).doesNotExist();
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cli = ThiduaCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
