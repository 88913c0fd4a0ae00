package vn.thidua.intake.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.ProblemCode;

class CsvSheetSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBomAndSemicolons() throws Exception {
        // given a CSV as Vietnamese Excel saves it
        Path file = write("a.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Mã đơn vị;Số đoàn viên\r\nBK.BB.001;\"1.234\"\r\n".getBytes(StandardCharsets.UTF_8)));
        // when
        List<SheetRow> rows = rows(file);
        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text(0)).isEqualTo("Mã đơn vị");
        assertThat(rows.get(1).text(1)).isEqualTo("1.234");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(SheetSources.open(file).describe()).contains("UTF-8 có BOM").contains("dấu chấm phẩy");
    }

    @Test
    void readsUtf16WithBomAndTabs() throws Exception {
        Path file = write("b.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Mã đơn vị\tSố đoàn viên\nBK.BB.001\t12\n".getBytes(StandardCharsets.UTF_16LE)));
        List<SheetRow> rows = rows(file);
        assertThat(rows.get(0).text(1)).isEqualTo("Số đoàn viên");
        assertThat(rows.get(1).text(1)).isEqualTo("12");
    }

    @Test
    void quotedFieldsKeepDelimitersAndNewlinesAndLinesStayTrue() throws Exception {
        Path file = write("c.csv", "unit_code,unit_name,members\nX,\"Công đoàn, \"\"A\"\"\nB\",3\n\nY,Z,4\n"
                .getBytes(StandardCharsets.UTF_8));
        List<SheetRow> rows = rows(file);
        assertThat(rows.get(1).text(1)).isEqualTo("Công đoàn, \"A\"\nB");
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(3).line()).isEqualTo(5);
        assertThat(rows.get(3).cellName(2)).isEqualTo("C5");
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileInsteadOfSwallowingTheRest() throws Exception {
        Path file = write("d.csv", "Mã đơn vị,members\n\"BK.BB.001,40\nBK.BB.002,41\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(FileRefused.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.MALFORMED_CSV);
            assertThat(e.getMessage()).contains("dòng 2").contains("ngoặc kép");
        });
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFile() throws Exception {
        Path file = write("e.csv", "Mã đơn vị,members\nBK.BB.001,\"4\"0\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.MALFORMED_CSV));
    }

    @Test
    void aHugeSingleLineIsRefusedWithoutReadingItIntoMemory() throws Exception {
        Path file = dir.resolve("huge.csv");
        byte[] chunk = "9,".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(FileRefused.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.MALFORMED_CSV);
            assertThat(e.getMessage()).contains("dài hơn");
        });
    }

    @Test
    void invalidBytesInADeclaredEncodingRefuseTheFile() throws Exception {
        Path file = write("f.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, '(', ',', '1', '\n'}));
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.ENCODING));
    }

    @Test
    void namesCellsTheWayASpreadsheetDoes() {
        assertThat(SheetRow.columnLetters(0)).isEqualTo("A");
        assertThat(SheetRow.columnLetters(25)).isEqualTo("Z");
        assertThat(SheetRow.columnLetters(26)).isEqualTo("AA");
        assertThat(SheetRow.columnLetters(701)).isEqualTo("ZZ");
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<SheetRow> rows(Path file) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        SheetSources.open(file).forEachRow(rows::add);
        return rows;
    }
}
