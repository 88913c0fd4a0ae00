package vn.thidua.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.dashboards.ComparativeReport;
import vn.thidua.dashboards.ReportResult;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.SnapshotFixture;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.MovementRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;
import vn.thidua.warehouse.snapshot.PhaseRow;

/**
 * The 2025 movement of another federation, on the same code: every year, theme, place and name on the
 * report comes from the snapshot and the profile, none from the 2024 review.
 */
class NextYearReportTest {

    @TempDir
    static Path tmp;

    static ReportResult result;

    @BeforeAll
    static void reportOn2025() throws IOException {
        SnapshotFixture snapshot = SnapshotFixture.in(tmp.resolve("warehouse")).runId("20260109T020000Z").year(2025)
                .createdAt(Instant.parse("2026-01-09T02:00:00Z"))
                .phases(List.of(
                        new PhaseRow(2024, 1, "Đợt 1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10)),
                        new PhaseRow(2024, 2, "Đợt 2", LocalDate.of(2024, 8, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10)),
                        new PhaseRow(2025, 1, "Đợt 1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 10)),
                        new PhaseRow(2025, 2, "Đợt 2", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 10))))
                .movement(new MovementRow(2024, "Phong trào thi đua yêu nước năm 2024", null, null))
                .movement(new MovementRow(2025, "Phong trào thi đua yêu nước năm 2025", "Đoàn kết, sáng tạo, vì người lao động",
                        "Tổng kết phong trào thi đua yêu nước năm 2025"))
                .indicator(new IndicatorRow("participation_rate", "Tỷ lệ đoàn viên đăng ký thi đua", "Participation", "percent",
                        100.0, "higher_better"))
                .orgUnit(new OrgUnitRow("TN", "Liên đoàn Lao động tỉnh Thái Nguyên", null, 1, "lien_doan", null, null, null))
                .orgUnit(new OrgUnitRow("DT", "Liên đoàn Lao động huyện Đại Từ", "TN", 2, "lien_doan", null, null, null))
                .orgUnit(new OrgUnitRow("DT.001", "Công đoàn Trường THPT Đại Từ", "DT", 3, "hcsn", null, null, null));
        List<IndicatorValueRow> values = new ArrayList<>();
        for (int phase = 0; phase <= 2; phase++) {
            values.add(row(phase, Level.PROVINCE, "TN", "Liên đoàn Lao động tỉnh Thái Nguyên", 81.0, 78.5));
            values.add(row(phase, Level.FEDERATION, "DT", "Liên đoàn Lao động huyện Đại Từ", 81.0, 78.5));
            values.add(row(phase, Level.UNIT, "DT.001", "Công đoàn Trường THPT Đại Từ", 81.0, 78.5));
        }
        snapshot.values(values).publish();
        Path profile = tmp.resolve("document-profile.yaml");
        Files.writeString(profile, """
                version: "2025.1"
                superior_body: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"
                issuing_body: "LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN"
                number_line: "Số:      /BC-LĐLĐ"
                national_title: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                national_motto: "Độc lập - Tự do - Hạnh phúc"
                place: "Thái Nguyên"
                document_type: "BÁO CÁO"
                subject: "Tổng kết phong trào thi đua năm {year}, so sánh với năm {previous_year}"
                recipients: ["Tổng Liên đoàn Lao động Việt Nam (để báo cáo);", "Lưu: VT."]
                signer: {authority: "TM. BAN THƯỜNG VỤ", title: "PHÓ CHỦ TỊCH", name: "Nguyễn Thị Hoa"}
                """);
        result = ComparativeReport.write(tmp.resolve("warehouse"), tmp.resolve("reports"), 2025, profile);
    }

    private static IndicatorValueRow row(int phase, Level level, String code, String name, double value, double previous) {
        return new IndicatorValueRow(2025, phase, level, code, name, "participation_rate", value, 100.0, value, 2024, previous,
                value - previous, (value - previous) / previous * 100, 1, 1);
    }

    @Test
    void theFilesAreNamedForTheYearAndItsComparison() {
        assertThat(result.pdf().getFileName().toString()).isEqualTo("bao-cao-so-sanh-2025-2024.pdf");
        assertThat(result.docx().getFileName().toString()).isEqualTo("bao-cao-so-sanh-2025-2024.docx");
    }

    @Test
    void everyWordOnThePdfComesFromTheYearsDataAndTheProfile() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN", "Thái Nguyên, ngày 09 tháng 01 năm 2026",
                "Tổng kết phong trào thi đua năm 2025, so sánh với năm 2024", "Chủ đề thi đua: “Đoàn kết, sáng tạo, vì người lao động”",
                "Phục vụ tổng kết phong trào thi đua yêu nước năm 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
                "PHÓ CHỦ TỊCH", "Nguyễn Thị Hoa", "Đợt 1 từ 01/01/2025 đến 30/06/2025");
        assertThat(text).as("nothing of the 2024 review or of Bắc Kạn").doesNotContain("2023", "95 năm", "Bắc Kạn", "28/7");
    }

    @Test
    void theDocxSaysTheSame() throws IOException {
        String text;
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(result.docx()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
        }
        assertThat(text).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN", "Thái Nguyên, ngày 09 tháng 01 năm 2026",
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "Nguyễn Thị Hoa");
        assertThat(text).doesNotContain("2023", "95 năm", "Bắc Kạn");
    }
}
