package vn.thidua.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;

import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.LinearScoring;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.rubric.RubricLoader;
import vn.thidua.evaluation.rubric.ThresholdScoring;

/**
 * A small published warehouse as data contract §4 has it (manifest, org_unit, indicator,
 * indicator_value partitioned by year and phase, current → snapshot) and a data directory beside it
 * (reference/org_units.csv, evaluation/ with the shipped rubric, exclusions and adjustments).
 * 24 grassroots units in two clusters; figures from a fixed seed, for every indicator the rubric uses.
 * Planted: a unit that sent nothing (F1.003), one founded in May 2024 (F1.004), one excluded (F2.002),
 * one whose name is a formula (F2.001), one adjusted after verification (F1.005). The 2023 figures
 * ({@code value_2023}) are weaker on the whole; F2.007 sent nothing in 2023, and F1.004 did not exist.
 * The official 2023 grades file lists every unit open in 2023, as codes and as Vietnamese names.
 */
public final class SnapshotFixture {

    public static final String RUN_ID = "20250110T083000-fx";
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";

    static final Schema INDICATOR_VALUE = SchemaBuilder.record("indicator_value").fields()
            .requiredString("level").requiredString("org_unit_code").optionalString("org_unit_name")
            .requiredString("indicator_code")
            .optionalDouble("numerator").optionalDouble("denominator").optionalDouble("value")
            .optionalDouble("value_2023").optionalDouble("change_abs").optionalDouble("change_pct")
            .optionalInt("units_reporting").optionalInt("units_expected")
            .endRecord();
    static final Schema INDICATOR = SchemaBuilder.record("indicator").fields()
            .requiredString("code").optionalString("label_vi").optionalString("label_en")
            .optionalString("unit").optionalDouble("scale").endRecord();
    static final Schema ORG_UNIT = SchemaBuilder.record("org_unit").fields()
            .requiredString("code").optionalString("name").optionalString("parent_code")
            .optionalInt("level").optionalString("type").optionalString("cluster").endRecord();

    private record Unit(String code, String name, String parent, String cluster, String openedOn) {
    }

    private final Path warehouse;
    private final Path data;

    public SnapshotFixture(Path root) {
        this.warehouse = root.resolve("warehouse");
        this.data = root.resolve("data");
    }

    public Path warehouse() {
        return warehouse;
    }

    public Path data() {
        return data;
    }

    public SnapshotFixture write() {
        try {
            Rubric rubric = RubricLoader.load(SampleData.rubric());
            List<Unit> units = units();
            Path snap = warehouse.resolve("snapshots").resolve(RUN_ID);
            Files.createDirectories(snap);
            Files.writeString(snap.resolve("manifest.json"), "{\"run_id\": \"" + RUN_ID + "\", \"year\": 2024, "
                    + "\"created_at\": \"2025-01-10T01:30:00Z\", \"catalogue_version\": \"2024.1\"}\n");
            parquet(snap.resolve("org_unit/part-00000.parquet"), ORG_UNIT, orgUnits(units));
            parquet(snap.resolve("indicator/part-00000.parquet"), INDICATOR, indicators(rubric));
            parquet(snap.resolve("indicator_value/year=2024/phase=0/part-00000.parquet"), INDICATOR_VALUE,
                    values(rubric, units, 0));
            parquet(snap.resolve("indicator_value/year=2024/phase=1/part-00000.parquet"), INDICATOR_VALUE,
                    values(rubric, units, 1));
            Files.createSymbolicLink(warehouse.resolve("current"), Path.of("snapshots", RUN_ID));
            writeData(units);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int f = 1; f <= 2; f++) {
            for (int i = 1; i <= 12; i++) {
                String code = String.format("F%d.%03d", f, i);
                String name = code.equals("F2.001") ? FORMULA_NAME : "Công đoàn Trường số " + i + " huyện " + f;
                units.add(new Unit(code, name, "F" + f, i % 2 == 0 ? "K1" : "K2",
                        code.equals("F1.004") ? "2024-05-01" : "2005-03-0" + (1 + i % 9)));
            }
        }
        return units;
    }

    private static List<GenericRecord> orgUnits(List<Unit> units) {
        List<GenericRecord> out = new ArrayList<>();
        out.add(orgUnit("P", "Liên đoàn Lao động tỉnh", null, 1, null));
        out.add(orgUnit("F1", "Liên đoàn Lao động huyện Một", "P", 2, null));
        out.add(orgUnit("F2", "Liên đoàn Lao động huyện Hai", "P", 2, null));
        units.forEach(u -> out.add(orgUnit(u.code(), u.name(), u.parent(), 3, u.cluster())));
        return out;
    }

    private static GenericRecord orgUnit(String code, String name, String parent, int level, String cluster) {
        GenericRecord r = new GenericData.Record(ORG_UNIT);
        r.put("code", code);
        r.put("name", name);
        r.put("parent_code", parent);
        r.put("level", level);
        r.put("type", level == 3 ? "hcsn" : "lien_doan");
        r.put("cluster", cluster);
        return r;
    }

    private static List<GenericRecord> indicators(Rubric rubric) {
        return rubric.criteria().stream().map(c -> {
            GenericRecord r = new GenericData.Record(INDICATOR);
            r.put("code", c.indicator());
            r.put("label_vi", "Chỉ tiêu " + c.indicator());
            r.put("label_en", c.indicator());
            r.put("unit", c.indicator().endsWith("_rate") ? "percent" : "count");
            r.put("scale", 1.0);
            return r;
        }).toList();
    }

    /** Each unit has a strength; its figures land around that share of each criterion's full mark. */
    private static List<GenericRecord> values(Rubric rubric, List<Unit> units, int phase) {
        Random random = new Random(2024 + phase);
        Random previousYear = new Random(2023 + phase);
        List<GenericRecord> out = new ArrayList<>();
        for (String cluster : List.of("K1", "K2")) {
            out.add(value(phase, "cluster", cluster, "Khối thi đua " + cluster, "participation_rate", 80.0, 1));
        }
        for (Unit u : units) {
            double strength = 0.55 + 0.45 * random.nextDouble();
            boolean silent = u.code().equals("F1.003");
            for (Criterion c : rubric.criteria()) {
                double full = c.scoring() instanceof LinearScoring l
                        ? l.zeroAt() + (l.fullAt() - l.zeroAt()) * strength * (0.8 + 0.4 * random.nextDouble())
                        : ((ThresholdScoring) c.scoring()).steps().get(((ThresholdScoring) c.scoring()).steps().size() - 1)
                                .from() * strength * (0.6 + 0.6 * random.nextDouble());
                Double v = silent ? null : Math.round(full * 100) / 100.0;
                boolean absent2023 = u.code().equals("F1.004") || u.code().equals("F2.007");
                Double v2023 = absent2023 ? null : Math.round(full * (0.6 + 0.5 * previousYear.nextDouble()) * 100) / 100.0;
                GenericRecord row = value(phase, "unit", u.code(), u.name(), c.indicator(), v, silent ? 0 : 1);
                row.put("value_2023", v2023);
                out.add(row);
            }
        }
        return out;
    }

    private static GenericRecord value(int phase, String level, String code, String name, String indicator,
                                       Double value, int reporting) {
        GenericRecord r = new GenericData.Record(INDICATOR_VALUE);
        r.put("level", level);
        r.put("org_unit_code", code);
        r.put("org_unit_name", name);
        r.put("indicator_code", indicator);
        r.put("value", value);
        r.put("units_reporting", reporting);
        r.put("units_expected", 1);
        return r;
    }

    private void writeData(List<Unit> units) throws IOException {
        Path reference = Files.createDirectories(data.resolve("reference"));
        StringBuilder csv = new StringBuilder("code,name,parent_code,level,type,cluster,opened_on,closed_on\n");
        csv.append("P,Liên đoàn Lao động tỉnh,,1,lien_doan,,1950-01-01,\n");
        for (Unit u : units) {
            csv.append(u.code()).append(",\"").append(u.name().replace("\"", "\"\"")).append("\",").append(u.parent())
                    .append(",3,hcsn,").append(u.cluster()).append(',').append(u.openedOn()).append(",\n");
        }
        Files.writeString(reference.resolve("org_units.csv"), csv);
        Path evaluation = Files.createDirectories(data.resolve("evaluation"));
        Files.copy(SampleData.rubric(), evaluation.resolve("rubric-2024.yaml"));
        Files.writeString(evaluation.resolve("exclusions.csv"), "unit_code,reason\nF2.002,Không đăng ký thi đua năm 2024\n");
        StringBuilder official = new StringBuilder("unit_code,grade\n");
        String[] grades = {"tot", "Hoàn thành xuất sắc nhiệm vụ", "hoan_thanh", "Hoàn thành tốt nhiệm vụ"};
        int i = 0;
        for (Unit u : units) {
            if (!u.code().equals("F1.004")) {
                official.append(u.code()).append(',').append(grades[i++ % grades.length]).append('\n');
            }
        }
        Files.writeString(evaluation.resolve("official-grades-2023.csv"), official);
        Files.writeString(evaluation.resolve("adjustments.csv"), """
                unit_code,criterion,new_value,reason,entered_by,entered_on
                F1.005,ND4.2,10,"Bổ sung biên bản đối thoại ngày 12/12/2024",Nguyễn Thị Hoa,2025-01-15
                F1.006,ND9.9,1,Mã tiêu chí gõ nhầm,Nguyễn Thị Hoa,2025-01-15
                """);
    }

    private static void parquet(Path file, Schema schema, List<GenericRecord> records) throws IOException {
        Files.createDirectories(file.getParent());
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withSchema(schema).withConf(new PlainParquetConfiguration()).build()) {
            for (GenericRecord r : records) {
                writer.write(r);
            }
        }
    }
}
