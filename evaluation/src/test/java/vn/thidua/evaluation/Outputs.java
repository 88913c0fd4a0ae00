package vn.thidua.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a run's outputs back the way a consumer would: Parquet records, workbook cells. */
final class Outputs {

    private Outputs() {
    }

    static List<GenericRecord> parquet(Path outputDir, String table) {
        List<GenericRecord> rows = new ArrayList<>();
        Path file = outputDir.resolve(table).resolve("part-00000.parquet");
        try (ParquetReader<GenericRecord> reader = AvroParquetReader
                .<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration()).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty cell as "sheet!A1=value", in sheet, row and column order. */
    static List<String> cells(Path workbook) {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell);
                    }
                }
            }
            return out;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(GenericRecord r, String column) {
        Object v = r.get(column);
        return v == null ? null : v.toString();
    }
}
