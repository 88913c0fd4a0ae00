package vn.thidua.analytics.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Column;
import vn.thidua.warehouse.table.Table;

/**
 * Writes a reference table (catalogue, org units, clusters, movements, phases — rows the driver holds
 * anyway) as one Parquet file from the driver, with parquet-java. A Spark write is a job of its own, about
 * 130 ms each in a warm driver and twice that in a new JVM, five per run, for a few hundred rows; a provincial
 * run's fixed cost is what issue #14 measures. The file has the contract's columns and types
 * ({@link Table}), as the Spark-written tables do, under the name every table written outside Spark uses
 * ({@link ParquetTables#PART_FILE}). The warehouse is on a path the driver sees, as for the row counts.
 *
 * <p>Not {@link ParquetTables#write}, the warehouse's own writer: it goes through DuckDB, which this module
 * keeps out of its runtime (the job's classpath is shipped to a cluster), and whose native library is
 * unpacked at each new JVM's start — the fixed cost this writer is here to save. parquet-java comes with
 * Spark. The values follow the same convention as that writer's rows.
 */
final class DriverTableWriter {

    private DriverTableWriter() {
    }

    /** @param rows values in the table's column order: Integer, Double, String, Boolean, LocalDate or null */
    static void write(Path tableDir, Table table, List<Object[]> rows) throws IOException {
        MessageType schema = schema(table);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        Files.createDirectories(tableDir);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(
                        tableDir.resolve(ParquetTables.PART_FILE)))
                .withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
            for (Object[] row : rows) {
                Group group = groups.newGroup();
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != null) {
                        add(group, table.columns().get(i), row[i]);
                    }
                }
                writer.write(group);
            }
        }
    }

    private static void add(Group group, Column column, Object value) {
        switch (column.type()) {
            case INT32 -> group.add(column.name(), ((Number) value).intValue());
            case DOUBLE -> group.add(column.name(), ((Number) value).doubleValue());
            case STRING -> group.add(column.name(), Binary.fromString(value.toString()));
            case BOOLEAN -> group.add(column.name(), (Boolean) value);
            case DATE -> group.add(column.name(), (int) ((LocalDate) value).toEpochDay());
        }
    }

    private static MessageType schema(Table table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column column : table.columns()) {
            switch (column.type()) {
                case INT32 -> message.optional(PrimitiveTypeName.INT32).named(column.name());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(column.name());
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(column.name());
                case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(column.name());
                case DATE -> message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                        .named(column.name());
            }
        }
        return message.named(table.name());
    }
}
