package vn.thidua.intake.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.FileImporter;
import vn.thidua.intake.ImportOutcome;
import vn.thidua.intake.InboxFile;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.PreviousFigures;
import vn.thidua.intake.SampleCatalogue;

/** The clerk's report says what happened to each figure, in plain Vietnamese. */
class ImportReportTest {

    private static final IntakeCatalogue CATALOGUE = SampleCatalogue.of(2024, 1);

    @TempDir
    Path dir;

    @Test
    void aLateCorrectionSaysTheDeadlineEveryChangedValueAndEveryKeptOne() throws Exception {
        // given a correction received two days after the deadline, with a blank cell and a bad row
        Path file = Files.write(dir.resolve("2024-08-12_ba-be_bo-sung.csv"), ("\uFEFFMã đơn vị,Số đoàn viên,"
                + "Số đoàn viên đăng ký thi đua,\"Số người tham gia phong trào \"\"Lao động giỏi, Lao động sáng tạo\"\"\"\n"
                + "BK.TP.001,50,45,\n"
                + "BK.TP.002,30,87,10\n").getBytes(StandardCharsets.UTF_8));
        InboxFile inbox = new InboxFile(file, 2024, 1, LocalDate.of(2024, 8, 12), null, InboxFile.Kind.SUBMISSION);
        FileImport read = new FileImporter(CATALOGUE, PreviousFigures.NONE).read(inbox, "sha");
        ImportOutcome outcome = new ImportOutcome(0, 1, 0,
                List.of(new ImportOutcome.ValueChange("BK.TP.001", "emulation_registered", new BigDecimal("40"),
                        new BigDecimal("45"))),
                List.of(new ImportOutcome.KeptValue("BK.TP.001", "participants_good_creative_labour", new BigDecimal("12"),
                        true), new ImportOutcome.KeptValue("BK.TP.001", "workers", new BigDecimal("3"), false)));
        // when
        String html = ImportReport.html(read, outcome, CATALOGUE, "Văn phòng LĐLĐ tỉnh", false);
        // then
        assertThat(html)
                .contains("Nhận: 12/08/2024 — <b>nộp muộn</b> 2 ngày (hạn nộp 10/08/2024)")
                .doesNotContain("08:00")
                .contains("Đã đọc 2 dòng số liệu: 0 đơn vị nạp mới, 1 đơn vị được cập nhật, 0 đơn vị không đổi; 1 dòng bị từ chối")
                .contains(">BK.TP.001<br><small>Công đoàn Trường Tiểu học Đức Xuân 2</small></td>")
                .contains(">Số đoàn viên đăng ký thi đua</td><td class=\"so\" data-nhan=\"Số đã nộp\">40</td>"
                        + "<td class=\"so\" data-nhan=\"Số mới\">45</td>")
                .contains("Số người tham gia phong trào &quot;Lao động giỏi, Lao động sáng tạo&quot;</td><td class=\"so\""
                        + " data-nhan=\"Giữ nguyên\">12</td><td data-nhan=\"Lý do\">ô để trống</td>")
                .contains("Lỗi: các dòng sau bị từ chối, cần sửa rồi gửi lại")
                .contains("tệp không có cột này")
                .contains("muốn rút (để số liệu trở về “chưa báo cáo”), hãy đề nghị Văn phòng LĐLĐ tỉnh.")
                .contains("Số đoàn viên đăng ký thi đua (87) lớn hơn số đoàn viên (30).")
                .contains("<td class=\"ma\" data-nhan=\"Mã lỗi\">RULE_emulation_le_members</td>")
                .doesNotContain("&quot;&quot;");
    }

    @Test
    void aTimeIsShownOnlyWhenTheFileNameGivesIt() throws Exception {
        Path file = Files.write(dir.resolve("2024-08-10_1630_gd.csv"), "\uFEFFMã đơn vị,Số đoàn viên\nBK.TP.001,50\n"
                .getBytes(StandardCharsets.UTF_8));
        InboxFile inbox = new InboxFile(file, 2024, 1, LocalDate.of(2024, 8, 10), LocalTime.of(16, 30), InboxFile.Kind.SUBMISSION);
        FileImport read = new FileImporter(CATALOGUE, PreviousFigures.NONE).read(inbox, "sha");
        String html = ImportReport.html(read, new ImportOutcome(1, 0, 0, List.of(), List.of()), CATALOGUE, "x", true);
        assertThat(html).contains("Nhận: 16:30 ngày 10/08/2024 — đúng hạn").contains("chạy thử")
                .contains("Cách ghi số: tệp chỉ có số nguyên không có dấu ngăn cách");
    }
}
