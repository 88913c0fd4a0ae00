package vn.thidua.intake.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.ProblemCode;

/**
 * The first worksheet of an XLSX, read as a SAX stream (POI's event API) so a large sheet needs no large
 * heap. Cells keep their raw stored value: numbers as stored, formulas as their cached result, shared and
 * inline strings as text (numbers typed as text are then read like any typed number). POI's XMLHelper
 * parser refuses external entities (XXE), and ZipSecureFile refuses zip bombs.
 */
final class XlsxSheetSource implements SheetSource {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private final Path file;

    XlsxSheetSource(Path file) {
        this.file = file;
    }

    @Override
    public String describe() {
        return "sổ làm việc Excel (.xlsx), trang tính đầu tiên";
    }

    @Override
    public void forEachRow(RowConsumer consumer) throws IOException, FileRefused {
        refuseMacros();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileRefused(ProblemCode.EMPTY_FILE, "Tệp Excel không có trang tính nào.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, consumer));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw unreadable("tệp .xlsx bị hỏng hoặc không phải tệp Excel");
        } catch (OpenXML4JException | ParserConfigurationException e) {
            throw unreadable("cấu trúc tệp Excel không hợp lệ");
        } catch (SAXException e) {
            if (e.getException() instanceof FileRefused refused) {
                throw refused;
            }
            throw unreadable("nội dung trang tính không hợp lệ");
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw new FileRefused(ProblemCode.ZIP_BOMB, "Tệp Excel nén bất thường (nghi là tệp độc hại), không đọc."
                        + " Hãy lưu lại tệp bằng Excel rồi gửi lại.");
            }
            throw unreadable("tệp Excel bị hỏng");
        }
    }

    private static FileRefused unreadable(String why) {
        return new FileRefused(ProblemCode.UNREADABLE, "Không đọc được tệp: " + why + ". Hãy mở lại bằng Excel, lưu"
                + " thành Sổ làm việc Excel (.xlsx) rồi gửi lại.");
    }

    /** Looks in the zip directory itself: a macro part need not be declared in the package's content types. */
    private void refuseMacros() throws FileRefused {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            boolean macros = zip.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
            if (macros) {
                throw new FileRefused(ProblemCode.MACROS, "Tệp Excel có macro (VBA) không được nhận. Hãy lưu thành Sổ"
                        + " làm việc Excel (.xlsx) không có macro.");
            }
        } catch (IOException e) {
            throw unreadable("tệp .xlsx bị hỏng");
        }
    }

    /** Turns {@code <row><c r="B5" t="s"><v>3</v></c>...} into rows of cells, filling gaps left by empty cells. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final RowConsumer consumer;
        private final StringBuilder text = new StringBuilder();
        private List<SheetRow.Cell> cells;
        private long rowNumber;
        private int column;
        private String type;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, RowConsumer consumer) {
            this.strings = strings;
            this.consumer = consumer;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    cells = new ArrayList<>();
                    String r = attributes.getValue("r");
                    rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : cells.size();
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(SheetRow.Cell.EMPTY);
                    }
                    cells.add(cell());
                }
                case "row" -> {
                    try {
                        consumer.accept(new SheetRow(rowNumber, List.copyOf(cells)));
                    } catch (FileRefused e) {
                        throw new SAXException(e);
                    }
                }
                default -> { }
            }
        }

        private SheetRow.Cell cell() {
            String value = text.toString();
            if (type == null || type.equals("n")) {
                return new SheetRow.Cell(value, !value.isEmpty());
            }
            if (type.equals("s")) {
                return new SheetRow.Cell(strings.getItemAt(Integer.parseInt(value.trim())).getString(), false);
            }
            return new SheetRow.Cell(value, false); // inlineStr, str (formula text), b, e
        }
    }
}
