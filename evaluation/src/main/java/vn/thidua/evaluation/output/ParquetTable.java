package vn.thidua.evaluation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/** One table of a run as a single Parquet file ({@code <table>/part-00000.parquet}) with an explicit schema. */
final class ParquetTable {

    private ParquetTable() {
    }

    public static Path write(Path tableDir, Schema schema, List<GenericRecord> records) {
        Path file = tableDir.resolve("part-00000.parquet");
        try {
            clear(tableDir);
            Files.createDirectories(tableDir);
            try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                    .withSchema(schema)
                    .withConf(new PlainParquetConfiguration())
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build()) {
                for (GenericRecord r : records) {
                    writer.write(r);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được / cannot write " + file, e);
        }
    }

    /** A rerun into the same directory replaces the table: no part file of an earlier run may remain. */
    private static void clear(Path tableDir) throws IOException {
        if (!Files.isDirectory(tableDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(tableDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
    }

}
