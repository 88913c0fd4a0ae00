package vn.thidua.dashboards.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads the {@code part-*.parquet} files of one table directory (recursively, for partitions).
 * Local files through {@link LocalInputFile} and a plain configuration: no Hadoop file system to set up,
 * although Hadoop's classes must still be on the classpath.
 */
final class ParquetRows {

    private ParquetRows() {
    }

    /** One record with typed, null-tolerant access; partition values come from the directory names. */
    static final class Row {
        private final GenericRecord record;
        private final Map<String, String> partitions;

        Row(GenericRecord record, Map<String, String> partitions) {
            this.record = record;
            this.partitions = partitions;
        }

        /** Raw value: the file's column if it has one, else the partition directory (Spark drops those columns). */
        private Object raw(String column) {
            Schema.Field field = record.getSchema().getField(column);
            if (field != null) {
                return record.get(field.pos());
            }
            return partitions.get(column);
        }

        String string(String column) {
            Object v = raw(column);
            return v == null ? null : v.toString();
        }

        Double decimal(String column) {
            Object v = raw(column);
            if (v == null) {
                return null;
            }
            double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
            // NaN is how some writers spell "not computable": the contract says null, so make it null.
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

    static <T> List<T> read(Path tableDir, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>();
        for (Path file : partFiles(tableDir)) {
            Map<String, String> partitions = partitionValues(file);
            try (ParquetReader<GenericRecord> reader = AvroParquetReader
                    .<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
                    .build()) {
                for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                    out.add(mapper.apply(new Row(r, partitions)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Sorted so that the row order, and with it every chart, is the same on every machine. */
    static List<Path> partFiles(Path tableDir) {
        if (!Files.isDirectory(tableDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tableDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith("part-") && name.endsWith(".parquet");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + tableDir, e);
        }
    }

    /**
     * {@code …/year=2024/phase=1/part-0.parquet} gives {year=2024, phase=1}. The whole path is scanned
     * (nearest directory wins), so reading from inside a partition still knows the outer partition values.
     */
    static Map<String, String> partitionValues(Path file) {
        Map<String, String> values = new java.util.HashMap<>();
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
