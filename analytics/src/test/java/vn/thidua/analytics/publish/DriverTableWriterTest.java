package vn.thidua.analytics.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Tables;

/** The reference tables written from the driver read back through the contract's reader, every type and a null. */
class DriverTableWriterTest {

    @Test
    void writesTheContractsColumnsAndTypes(@TempDir Path dir) throws IOException {
        // given two org units, one with no parent, no cluster and no closing date
        List<Object[]> rows = List.<Object[]>of(
                new Object[] {"T", "Liên đoàn Lao động tỉnh", null, 1, "province", null, null, null},
                new Object[] {"CS-01", "Công đoàn cơ sở Trường THCS Nà Phặc", "H-02", 3, "school", "K1",
                        LocalDate.of(2024, 3, 15), LocalDate.of(2026, 12, 31)});

        // when they are written as the org_unit table
        DriverTableWriter.write(dir.resolve("org_unit"), Tables.ORG_UNIT, rows);

        // then the contract's reader reads the same values back, Vietnamese text and dates included
        try (ParquetTables parquet = ParquetTables.open()) {
            List<String> read = parquet.read(dir.resolve("org_unit"), Tables.ORG_UNIT, Filter.ALL,
                    r -> r.string("code") + "|" + r.string("name") + "|" + r.string("parent_code") + "|"
                            + r.integer("level") + "|" + r.string("cluster") + "|" + r.date("opened_on") + "|"
                            + r.date("closed_on"));
            assertThat(read).containsExactly(
                    "T|Liên đoàn Lao động tỉnh|null|1|null|null|null",
                    "CS-01|Công đoàn cơ sở Trường THCS Nà Phặc|H-02|3|K1|2024-03-15|2026-12-31");
        }
    }

    @Test
    void writesDoublesAndEmptyTables(@TempDir Path dir) throws IOException {
        DriverTableWriter.write(dir.resolve("indicator"), Tables.INDICATOR, List.<Object[]>of(
                new Object[] {"participation_rate", "Tỷ lệ đoàn viên đăng ký thi đua", "Participation", "percent", 100.0,
                        "higher_better"}));
        DriverTableWriter.write(dir.resolve("movement"), Tables.MOVEMENT, List.of());

        try (ParquetTables parquet = ParquetTables.open()) {
            assertThat(parquet.read(dir.resolve("indicator"), Tables.INDICATOR, Filter.ALL, r -> r.decimal("scale")))
                    .containsExactly(100.0);
            assertThat(parquet.count(dir.resolve("movement"), Tables.MOVEMENT)).isZero();
        }
    }
}
