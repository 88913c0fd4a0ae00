package vn.thidua.dashboards.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.figures.DashboardChart;
import vn.thidua.dashboards.report.profile.DocumentProfile;

/**
 * The comparative report as an administrative document, already worded, independent of the file format:
 * the PDF and the DOCX writers lay out the same parts in the same order (Nghị định 30/2020/NĐ-CP: issuer
 * and national heading, place and date, title, numbered parts, "Nơi nhận" and the signature, appendices).
 *
 * @param date       the document's date ("Bắc Kạn, ngày 05 tháng 12 năm 2026"): the day the figures were published
 * @param subject    under "BÁO CÁO": what it reports on
 * @param intro      the lines under the title: the movement's theme and occasion, from reference data
 * @param body       I, II, III: results (computed), the overall assessment and directions (for staff to write)
 * @param appendices after the signature: the tables by unit, the method and the source of the figures
 */
public record ReportDocument(DocumentProfile profile, int year, LocalDate date, String subject, List<String> intro,
                             List<Part> body, List<Part> appendices, String sourceId) {

    public ReportDocument {
        intro = List.copyOf(intro);
        body = List.copyOf(body);
        appendices = List.copyOf(appendices);
    }

    /** A numbered part ("I." / "Phụ lục 1.") with its title and content. */
    public record Part(String label, String title, List<Block> blocks) {
        public Part {
            blocks = List.copyOf(blocks);
        }

        public String heading() {
            return label + " " + title;
        }
    }

    /** What a part holds, in reading order. */
    public sealed interface Block permits Heading, Subheading, Paragraph, Bullets, Figure, Table, Placeholder, Note {
    }

    /** A numbered heading inside a part ("1. Tham gia phong trào thi đua"): in the table of contents. */
    public record Heading(String text) implements Block {
    }

    /** A run-in title for a group of sentences; not in the table of contents. */
    public record Subheading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A chart with how to read it and what it shows. */
    public record Figure(DashboardChart chart) implements Block {
    }

    public record Table(DataTable table) implements Block {
    }

    /**
     * What a machine cannot write: the person drafting the report writes it, helped by the facts the
     * figures support. Printed visibly marked, so that it is never signed as it is.
     */
    public record Placeholder(String instruction, List<String> facts) implements Block {
        public Placeholder {
            facts = List.copyOf(facts);
        }
    }

    /** A small note under a figure or a table (how to read it). */
    public record Note(String text) implements Block {
    }

    /** The entries of the table of contents: every part and its numbered headings, in order. */
    public List<TocEntry> contents() {
        return Stream.concat(body.stream(), appendices.stream())
                .flatMap(p -> Stream.concat(Stream.of(new TocEntry(1, p.heading())),
                        p.blocks().stream().filter(Heading.class::isInstance)
                                .map(b -> new TocEntry(2, ((Heading) b).text()))))
                .toList();
    }

    public record TocEntry(int level, String text) {
    }

    /** "Bắc Kạn, ngày 05 tháng 12 năm 2026". */
    public String placeAndDate() {
        return profile.place() + ", " + vn.thidua.vietnamese.VietnameseFormat.dateInWords(date);
    }
}
