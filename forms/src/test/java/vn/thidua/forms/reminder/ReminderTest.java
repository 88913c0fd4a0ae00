package vn.thidua.forms.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.forms.Fixture;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.forms.missing.MissingListTest;

class ReminderTest {

    @TempDir
    Path dir;

    private final MissingList list = MissingList.of(Fixture.roster(), Fixture.PHASE_1, MissingListTest.FACTS,
            LocalDate.of(2024, 8, 11));

    private List<Reminder> reminders() {
        return Reminders.of(list, "Liên đoàn Lao động tỉnh Bắc Kạn",
                s -> "mau-bao-cao_dot-1-2024_" + s.federation().fileKey() + ".xlsx");
    }

    @Test
    void aReminderNamesTheMissingUnitsAndTheDeadline() {
        List<Reminder> reminders = reminders();
        // the province's own group has reported in full: no reminder
        assertThat(reminders).extracting(r -> r.federation().code()).containsExactly("BK.BB", "BK.GD");
        assertThat(reminders.get(0).text()).isEqualTo("""
                Nhắc gửi báo cáo thi đua đợt 1 năm 2024: 3 CĐCS chưa có số liệu

                Kính gửi: Liên đoàn Lao động huyện Ba Bể

                Liên đoàn Lao động tỉnh Bắc Kạn đề nghị đơn vị đôn đốc các công đoàn cơ sở dưới đây gửi báo cáo kết quả\
                 phong trào thi đua đợt 1 năm 2024 (kỳ báo cáo 01/01/2024 – 31/07/2024). Hạn nộp là ngày 10/08/2024; tính\
                 đến ngày 11/08/2024 đã quá hạn 1 ngày.

                Chưa gửi báo cáo (2 CĐCS):
                1. BK.BB.007 – Công đoàn UBND xã Khang Ninh
                2. BK.BB.008 – Công đoàn Trạm Y tế xã Cao Thượng

                Đã gửi nhưng các dòng số liệu bị từ chối, nên chưa có số liệu nào được nạp (1 CĐCS) — xem báo cáo kiểm\
                 tra tệp đã gửi kèm kết quả nạp, sửa theo hướng dẫn rồi gửi lại:
                1. BK.BB.003 – Công đoàn Hợp tác xã Nam Mẫu

                Báo cáo gửi theo mẫu của đợt (tệp mau-bao-cao_dot-1-2024_BK.BB.xlsx, hoặc bản .csv cùng tên); ô để trống\
                 được hiểu là chưa báo cáo, số 0 xin ghi là 0. Báo cáo gửi sau hạn vẫn được tiếp nhận nhưng được tính là\
                 nộp muộn.

                Trân trọng,
                Liên đoàn Lao động tỉnh Bắc Kạn
                """);
        assertThat(reminders.get(1).text()).contains("Chưa gửi báo cáo (1 CĐCS):\n1. BK.GD.001 – Công đoàn Trường THPT Bắc Kạn")
                .doesNotContain("bị từ chối");
    }

    @Test
    void theHtmlEscapesNamesAndTheFilesListRecipientsWithEmptyContacts() throws IOException {
        MissingList withOdd = MissingList.of(Fixture.roster(), Fixture.PHASE_1, new vn.thidua.forms.missing.ReportingFacts(
                java.util.Map.of(), java.util.Set.of()), LocalDate.of(2024, 8, 1));
        List<Reminder> reminders = Reminders.of(withOdd, "Liên đoàn Lao động tỉnh Bắc Kạn", s -> "mau.xlsx");
        assertThat(reminders.get(0).html()).contains("<html lang=\"vi\">", "<meta charset=\"utf-8\">",
                "<li>BK.BB.006 – =HYPERLINK(&quot;http://x&quot;,&quot;Công đoàn lạ&quot;)</li>",
                "tính đến ngày 01/08/2024 còn 9 ngày").doesNotContain("<script");

        List<Path> files = ReminderFiles.write(withOdd, reminders, dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "nhac-nho_dot-1-2024_BK.BB.txt", "nhac-nho_dot-1-2024_BK.BB.html", "nhac-nho_dot-1-2024_BK.GD.txt",
                "nhac-nho_dot-1-2024_BK.GD.html", "nhac-nho_dot-1-2024_BK.txt", "nhac-nho_dot-1-2024_BK.html",
                "nguoi-nhan_dot-1-2024.csv");
        List<String> csv = Files.readAllLines(dir.resolve("nguoi-nhan_dot-1-2024.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("\uFEFFMã đơn vị nhận,Tên đơn vị nhận,Số CĐCS chưa có số liệu,Hạn nộp,"
                + "Người liên hệ,Điện thoại,Email,Tệp nhắc (văn bản),Tệp nhắc (HTML)");
        assertThat(csv.get(1)).isEqualTo("BK.BB,Liên đoàn Lao động huyện Ba Bể,6,10/08/2024,,,,"
                + "nhac-nho_dot-1-2024_BK.BB.txt,nhac-nho_dot-1-2024_BK.BB.html");
        assertThat(csv.get(3)).startsWith("BK,Các CĐCS trực thuộc Liên đoàn Lao động tỉnh Bắc Kạn,1,");
        assertThat(Files.readString(dir.resolve("nhac-nho_dot-1-2024_BK.txt"))).contains(
                "Kính gửi: Các CĐCS trực thuộc Liên đoàn Lao động tỉnh Bắc Kạn",
                "Liên đoàn Lao động tỉnh Bắc Kạn đề nghị các công đoàn cơ sở dưới đây gửi báo cáo");
    }

    @Test
    void theScheduleWritesRemindersOnTheDayAfterTheDeadlineOnly() {
        List<vn.thidua.intake.IntakeCatalogue.Phase> phases = List.of(Fixture.PHASE_1, Fixture.PHASE_2);
        assertThat(ReminderDue.phasesDue(phases, LocalDate.of(2024, 8, 11))).containsExactly(Fixture.PHASE_1);
        assertThat(ReminderDue.phasesDue(phases, LocalDate.of(2024, 8, 10))).isEmpty();
        assertThat(ReminderDue.phasesDue(phases, LocalDate.of(2024, 8, 12))).isEmpty();
        assertThat(ReminderDue.phasesDue(phases, LocalDate.of(2025, 1, 11))).containsExactly(Fixture.PHASE_2);
    }
}
