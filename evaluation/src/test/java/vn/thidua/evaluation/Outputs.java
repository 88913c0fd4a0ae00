package vn.thidua.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Column;
import vn.thidua.warehouse.table.Table;

/** Reads a run's outputs back the way a consumer would: Parquet rows through the warehouse reader, workbook cells. */
final class Outputs {

    private Outputs() {
    }

    /** Every row of {@code <outputDir>/<table>/}, its cells by column name in the table's order, typed. */
    static List<Map<String, Object>> parquet(Path outputDir, Table table) {
        try (ParquetTables parquet = ParquetTables.open()) {
            return parquet.read(outputDir.resolve(table.name()), table, Filter.ALL, r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Column c : table.columns()) {
                    row.put(c.name(), switch (c.type()) {
                        case INT32 -> r.integer(c.name());
                        case DOUBLE -> r.decimal(c.name());
                        case BOOLEAN -> r.bool(c.name());
                        case DATE -> r.date(c.name());
                        case STRING -> r.string(c.name());
                    });
                }
                return row;
            });
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

    static String field(Map<String, Object> r, String column) {
        Object v = r.get(column);
        return v == null ? null : v.toString();
    }
}
