package vn.thidua.evaluation.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads the {@code part-*.parquet} files of one table directory (recursively, for partitions) without
 * Spark: local files through {@link LocalInputFile} and a plain configuration (Hadoop's classes must
 * still be on the classpath). Partition columns that Spark keeps only in the path are read from it.
 */
final class ParquetRows {

    private ParquetRows() {
    }

    /** One record with typed, null-tolerant access. */
    static final class Row {
        private final GenericRecord record;
        private final Map<String, String> partitions;

        Row(GenericRecord record, Map<String, String> partitions) {
            this.record = record;
            this.partitions = partitions;
        }

        private Object raw(String column) {
            Schema.Field field = record.getSchema().getField(column);
            return field != null ? record.get(field.pos()) : partitions.get(column);
        }

        String string(String column) {
            Object v = raw(column);
            return v == null ? null : v.toString();
        }

        /** NaN is how some writers spell "not computable": the contract says null, so it becomes null. */
        Double decimal(String column) {
            Object v = raw(column);
            if (v == null) {
                return null;
            }
            double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
            return Double.isNaN(d) ? null : d;
        }

        Integer integer(String column) {
            Object v = raw(column);
            if (v == null) {
                return null;
            }
            return v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString().trim());
        }
    }

    static <T> List<T> read(Path tableDir, Predicate<Row> keep, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>();
        for (Path file : partFiles(tableDir)) {
            Map<String, String> partitions = partitionValues(file);
            try (ParquetReader<GenericRecord> reader = AvroParquetReader
                    .<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
                    .build()) {
                for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                    Row row = new Row(r, partitions);
                    if (keep.test(row)) {
                        out.add(mapper.apply(row));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được / cannot read " + file, e);
            }
        }
        return out;
    }

    /** Sorted, so that reading order never depends on the file system. */
    static List<Path> partFiles(Path tableDir) {
        if (!Files.isDirectory(tableDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tableDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith("part-")
                            && p.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Không liệt kê được / cannot list " + tableDir, e);
        }
    }

    /** {@code …/year=2024/phase=0/part-0.parquet} gives {year=2024, phase=0}. */
    static Map<String, String> partitionValues(Path file) {
        Map<String, String> values = new HashMap<>();
        for (Path part : file.toAbsolutePath().getParent()) {
            String s = part.toString();
            int eq = s.indexOf('=');
            if (eq > 0) {
                values.put(s.substring(0, eq), s.substring(eq + 1));
            }
        }
        return values;
    }
}
