package vn.thidua.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.InboxFile;
import vn.thidua.intake.Initiative;
import vn.thidua.intake.UnitFigures;

class CopyLinesTest {

    @Test
    void rendersARegisterAsCopyCsvWithTextQuotedAndBlanksAsNull() {
        // given a register with a quote and Vietnamese in a title, and a line without a date or a benefit
        InboxFile inbox = new InboxFile(Path.of("2024-08-01_p01-d02_sang-kien.csv"), 2024, 1, LocalDate.of(2024, 8, 1), null,
                InboxFile.Kind.INITIATIVES);
        List<Initiative> initiatives = List.of(
                new Initiative(2, "SK-1", "GU-1", "Cải tiến \"5S\" ở xưởng", "Nguyễn Văn A", "kỹ thuật",
                        LocalDate.of(2024, 3, 5), "recognized", "cơ sở", new BigDecimal("1.5E+3")),
                new Initiative(3, "SK-2", "GU-2", "Sổ tay", null, null, null, "registered", null, null));

        // when rendered
        CopyLines lines = CopyLines.of(new FileImport(inbox, "sha", false, 2, List.of(), initiatives, List.of(), null, null, null,
                null, List.of()));

        // then one line per initiative, after the import file's id that PgCopy puts first
        assertThat(lines.size()).isEqualTo(2);
        assertThat(line(lines, 0)).isEqualTo(",\"SK-1\",2024,1,\"GU-1\",\"Cải tiến \"\"5S\"\" ở xưởng\",\"Nguyễn Văn A\","
                + "\"kỹ thuật\",\"2024-03-05\",\"recognized\",\"cơ sở\",1500\n");
        assertThat(line(lines, 1)).isEqualTo(",\"SK-2\",2024,1,\"GU-2\",\"Sổ tay\",,,,\"registered\",,\n");
        assertThat(CopyLines.INITIATIVE_COLUMNS).hasSize(11);
    }

    @Test
    void rendersFiguresAsJsonWithTheTimeTheFileWasReceived() {
        // given a late submission received at 09:30 on 10/08/2024
        InboxFile inbox = new InboxFile(Path.of("2024-08-10_p01-d02.csv"), 2024, 1, LocalDate.of(2024, 8, 10), LocalTime.of(9, 30),
                InboxFile.Kind.SUBMISSION);
        TreeMap<String, BigDecimal> figures = new TreeMap<>();
        figures.put("members_total", new BigDecimal("78"));
        figures.put("members_registered", new BigDecimal("1E+1"));

        // when rendered
        CopyLines lines = CopyLines.of(new FileImport(inbox, "sha", true, 1, List.of(new UnitFigures(2, "GU-1", figures)),
                List.of(), List.of(), null, null, null, null, List.of("members_total", "members_registered")));

        // then the figures as jsonb text in plain digits, the time in UTC (Vietnam is UTC+7), late as a boolean
        assertThat(line(lines, 0)).isEqualTo(",2024,1,\"GU-1\",\"{\"\"members_registered\"\":10,\"\"members_total\"\":78}\","
                + "\"2024-08-10T02:30:00Z\",true,\"2024-08-10T02:30:00Z\"\n");
    }

    @Test
    void keepsEveryCharacterOfTextThatMixesScriptsQuotesAndCharactersBeyondTwoBytes() {
        // given titles that start with ASCII and turn Vietnamese after a quote, one with a character outside
        // the basic plane (four bytes in UTF-8), and one long enough to outgrow the line's first buffer
        InboxFile inbox = new InboxFile(Path.of("2024-08-01_p01-d02_sang-kien.csv"), 2024, 1, LocalDate.of(2024, 8, 1), null,
                InboxFile.Kind.INITIATIVES);
        String long_ = "Đổi mới \"quy trình\" ".repeat(60);
        List<Initiative> initiatives = List.of(
                new Initiative(2, "SK-1", "GU-1", "ISO \"9001\" – tiết kiệm 𝟓 giờ", "Lê Thị \"Bé\"", null, null, "registered",
                        null, null),
                new Initiative(3, "SK-2", "GU-1", long_, "A", null, null, "registered", null, new BigDecimal("-12.50")));

        // when rendered
        CopyLines lines = CopyLines.of(new FileImport(inbox, "sha", false, 2, List.of(), initiatives, List.of(), null, null, null,
                null, List.of()));

        // then the text is the same characters, quotes doubled, and the number in plain digits
        assertThat(line(lines, 0)).isEqualTo(",\"SK-1\",2024,1,\"GU-1\",\"ISO \"\"9001\"\" – tiết kiệm 𝟓 giờ\","
                + "\"Lê Thị \"\"Bé\"\"\",,,\"registered\",,\n");
        assertThat(line(lines, 1)).isEqualTo(",\"SK-2\",2024,1,\"GU-1\",\"" + long_.replace("\"", "\"\"") + "\",\"A\",,,"
                + "\"registered\",,-12.50\n");
    }

    private static String line(CopyLines lines, int i) {
        return new String(lines.lines()[i], StandardCharsets.UTF_8);
    }
}
