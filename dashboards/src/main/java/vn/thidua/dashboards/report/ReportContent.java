package vn.thidua.dashboards.report;

import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.figures.ChartSection;

import java.util.List;

/**
 * Everything the comparative report says, already worded and formatted, independent of the file format:
 * the PDF writer lays it out, the XLSX writer exports its tables.
 * @param summary headline sentences by theme
 * @param federationTables the tables by federation (one per indicator)
 * @param method how the figures were made: paragraphs, the indicator catalogue, coverage and missing reports
 * @param source the snapshot the figures come from, as lines
 */
public record ReportContent(String title, String subtitle, String provinceName, String placeAndDate,
                            List<Group> summary, List<ChartSection> sections, List<DataTable> federationTables,
                            Method method, List<String> source) {

    /** A titled list of sentences. */
    public record Group(String title, List<String> sentences) {
        public Group {
            sentences = List.copyOf(sentences);
        }
    }

    /** The method section. */
    public record Method(List<String> paragraphs, DataTable indicators, DataTable coverage, List<String> coverageNotes) {
        public Method {
            paragraphs = List.copyOf(paragraphs);
            coverageNotes = List.copyOf(coverageNotes);
        }
    }

    /** The title broken where a reader would break it on the cover: "… thi đua / năm 2024 với năm 2023". */
    public String coverTitle() {
        return title.replaceFirst("^(Báo cáo so sánh) (kết quả phong trào thi đua) ", "$1\n$2\n");
    }

    public ReportContent {
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        federationTables = List.copyOf(federationTables);
        source = List.copyOf(source);
    }
}
