package vn.thidua.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSheetSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBomAndSemicolons() throws Exception {
        // given a CSV as Vietnamese Excel saves it
        Path file = write("a.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Mã đơn vị;Số đoàn viên\r\nBK.BB.001;\"1.234\"\r\n".getBytes(StandardCharsets.UTF_8)));
        // when
        CsvSheetSource source = CsvSheetSource.open(file);
        List<SheetRow> rows = rows(source);
        // then
        assertThat(source.numberStyle()).isEqualTo(NumberStyle.VIETNAMESE);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text(0)).isEqualTo("Mã đơn vị");
        assertThat(rows.get(1).text(1)).isEqualTo("1.234");
        assertThat(rows.get(1).lineNo()).isEqualTo(2);
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        Path file = write("b.csv", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Mã đơn vị,Số đoàn viên\nBK.BB.001,12\n".getBytes(StandardCharsets.UTF_16LE)));
        List<SheetRow> rows = rows(CsvSheetSource.open(file));
        assertThat(rows.get(0).text(1)).isEqualTo("Số đoàn viên");
    }

    @Test
    void quotedFieldsKeepDelimitersAndNewlinesAndLinesStayTrue() throws Exception {
        Path file = write("c.csv", "unit_code,unit_name,members\nX,\"Công đoàn, \"\"A\"\"\nB\",3\nY,Z,4\n"
                .getBytes(StandardCharsets.UTF_8));
        List<SheetRow> rows = rows(CsvSheetSource.open(file));
        assertThat(rows.get(1).text(1)).isEqualTo("Công đoàn, \"A\"\nB");
        assertThat(rows.get(2).lineNo()).isEqualTo(4);
    }

    @Test
    void aHugeSingleLineIsRefusedWithoutReadingItIntoMemory() throws Exception {
        Path file = dir.resolve("huge.csv");
        byte[] chunk = "9".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> rows(CsvSheetSource.open(file)))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("dài quá");
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

    private static List<SheetRow> rows(SheetSource source) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        source.forEachRow(rows::add);
        return rows;
    }
}
