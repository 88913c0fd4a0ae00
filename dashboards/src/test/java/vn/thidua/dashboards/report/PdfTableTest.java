package vn.thidua.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.TableCell;

class PdfTableTest {

    @Test
    void theRankIsNarrowAndTheNamesGetTheRoom() throws Exception {
        List<List<TableCell>> rows = new ArrayList<>();
        for (int rank = 1; rank <= 12; rank++) {
            rows.add(List.of(TableCell.number((double) rank, 0),
                    TableCell.text("Công đoàn Trường Trung học phổ thông Chợ " + (rank % 2 == 0 ? "Đồn" : "Mới") + " số " + rank),
                    TableCell.percent(80.0 + rank), TableCell.percent(81.5 + rank), TableCell.number(1.5, 1)));
        }
        DataTable table = new DataTable("Xếp hạng", List.of("Hạng", "Đơn vị", "Năm 2023", "Năm 2024", "Thay đổi (điểm)"), rows);
        try (PDDocument pdf = new PDDocument(); PageFlow flow = new PageFlow(pdf, ReportFonts.load(pdf))) {
            float[] widths = PdfTable.widths(flow, table, PdfTable.size(flow, table));

            assertThat(widths[0]).as("rank").isLessThan(widths[1] / 5);
            assertThat(widths[1]).as("names").isGreaterThan(widths[2] + widths[3] + widths[4]);
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            assertThat(total).isLessThanOrEqualTo(PageFlow.WIDTH + 0.01f);
        }
    }

    @Test
    void aWideTableOfFiguresGetsASmallerFontBeforeAnyFigureWraps() throws Exception {
        List<String> headers = new ArrayList<>(List.of("Đơn vị"));
        List<TableCell> row = new ArrayList<>(List.of(TableCell.text("Liên đoàn Lao động huyện Ba Bể")));
        for (int c = 0; c < 9; c++) {
            headers.add("Đợt " + c);
            row.add(TableCell.number(1_234_567.0, 0));
        }
        DataTable table = new DataTable(headers, List.of(row));
        try (PDDocument pdf = new PDDocument(); PageFlow flow = new PageFlow(pdf, ReportFonts.load(pdf))) {
            float size = PdfTable.size(flow, table);
            float[] widths = PdfTable.widths(flow, table, size);

            assertThat(size).isLessThan(PdfTable.SIZES[0]);
            assertThat(TextWrap.lines(flow.fonts().regular(), size, "1.234.567", widths[1] - 2 * PdfTable.PADDING))
                    .as("a figure never wraps").hasSize(1);
        }
    }
}
