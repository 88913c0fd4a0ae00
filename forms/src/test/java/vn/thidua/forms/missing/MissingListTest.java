package vn.thidua.forms.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.forms.Fixture;
import vn.thidua.forms.roster.Unit;

public class MissingListTest {

    /** 001 on time, 002 late, 003 only refused rows, 006 refused once then loaded on time; 007, 008 nothing. */
    public static final ReportingFacts FACTS = new ReportingFacts(
            Map.of("BK.BB.001", false, "BK.BB.002", true, "BK.BB.006", false, "BK.BB.004", false, "BK.001", false),
            Set.of("BK.BB.003", "BK.BB.006"));

    @Test
    void everyExpectedUnitIsAccountedForOnce() {
        MissingList list = MissingList.of(Fixture.roster(), Fixture.PHASE_1, FACTS, LocalDate.of(2024, 8, 12));
        FederationStatus babe = list.federations().get(0);

        assertThat(babe.expected()).hasSize(6);
        assertThat(babe.notReported()).extracting(Unit::code).containsExactly("BK.BB.007", "BK.BB.008");
        assertThat(babe.rejectedOnly()).extracting(Unit::code).containsExactly("BK.BB.003");
        assertThat(babe.late()).extracting(Unit::code).containsExactly("BK.BB.002");
        assertThat(babe.reported()).isEqualTo(3);
        assertThat(babe.onTime()).isEqualTo(2);
        // BK.BB.004 reported but was not expected in phase 1 (founded after it): it counts nowhere
        assertThat(list.federations()).extracting(s -> s.federation().code()).containsExactly("BK.BB", "BK.GD", "BK");
        assertThat(list.federations().get(1).notReported()).extracting(Unit::code).containsExactly("BK.GD.001");
        assertThat(list.federations().get(2).missing()).isZero();
        assertThat(list.expected()).isEqualTo(8);
        assertThat(list.missing()).isEqualTo(4);
    }

    @Test
    void theDeadlineIsToldInDaysLeftOrOverdue() {
        assertThat(at(LocalDate.of(2024, 8, 7)).deadlineText()).isEqualTo("hạn nộp 10/08/2024, còn 3 ngày");
        assertThat(at(LocalDate.of(2024, 8, 10)).deadlineText()).isEqualTo("hạn nộp 10/08/2024, là hôm nay");
        assertThat(at(LocalDate.of(2024, 8, 15)).deadlineText()).isEqualTo("hạn nộp 10/08/2024, đã quá hạn 5 ngày");
        assertThat(at(LocalDate.of(2027, 8, 15)).daysText()).isEqualTo("đã quá hạn 1.100 ngày");
    }

    @Test
    void theWorkbookHasASummaryThenOneSheetPerFederation() throws IOException {
        MissingList list = at(LocalDate.of(2024, 8, 12));
        byte[] bytes = MissingWorkbook.xlsx(list);
        assertThat(MissingWorkbook.xlsx(list)).isEqualTo(bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(workbook.getSheetName(1)).isEqualTo("LĐLĐ huyện Ba Bể");
            assertThat(workbook.getSheetName(3)).isEqualTo("CĐCS trực thuộc tỉnh");
            var babe = workbook.getSheetAt(1);
            assertThat(babe.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hạn nộp: 10/08/2024 (đã quá hạn 2 ngày).");
            assertThat(babe.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Số liệu tính đến ngày 12/08/2024.");
            assertThat(babe.getRow(6).getCell(1).getStringCellValue()).isEqualTo("BK.BB.007");
            assertThat(babe.getRow(6).getCell(3).getStringCellValue()).isEqualTo("Chưa báo cáo");
            assertThat(babe.getRow(8).getCell(3).getStringCellValue()).startsWith("Đã gửi nhưng dòng số liệu bị từ chối");
            assertThat(babe.getRow(9).getCell(3).getStringCellValue()).isEqualTo("Đã báo cáo, nộp muộn");
            var summary = workbook.getSheetAt(0).getRow(5);
            assertThat(summary.getCell(1).getStringCellValue()).isEqualTo("BK.BB");
            assertThat(summary.getCell(3).getNumericCellValue()).isEqualTo(6);
            assertThat(summary.getCell(4).getNumericCellValue()).isEqualTo(3);
        }
    }

    private static MissingList at(LocalDate today) {
        return MissingList.of(Fixture.roster(), Fixture.PHASE_1, FACTS, today);
    }
}
