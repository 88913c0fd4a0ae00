package vn.thidua.benchmarks;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a Spark run's time goes, from Spark's own event log (one JSON event a line; written when the job runs
 * with {@code -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:DIR -Dspark.eventLog.compress=false}):
 * per SQL query (each write, count and collect of the job) its wall time, and per stage its wall time, tasks,
 * executor run and CPU time, GC, rows read and shuffle bytes. The time of a query not spent in its stages is
 * the driver's: planning, code generation, scheduling and committing files.
 *
 * <pre>benchmarks/spark-stages.sh EVENT_LOG_FILE</pre>
 */
public final class SparkStages {

    private record Stage(int id, String name, int tasks, long wallMs, Map<String, Long> metrics) {
    }

    private record Query(long id, String description, long start, long end, List<Integer> stages) {
    }

    private SparkStages() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<Integer, Stage> stages = new TreeMap<>();
        Map<Long, Query> queries = new LinkedHashMap<>();
        Map<Long, List<Integer>> stagesOfQuery = new HashMap<>();
        long appStart = 0;
        long appEnd = 0;
        long firstJob = Long.MAX_VALUE;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode e = json.readTree(line);
                String event = e.path("Event").asText();
                switch (event) {
                    case "SparkListenerApplicationStart" -> appStart = e.path("Timestamp").asLong();
                    case "SparkListenerApplicationEnd" -> appEnd = e.path("Timestamp").asLong();
                    case "SparkListenerJobStart" -> {
                        firstJob = Math.min(firstJob, e.path("Submission Time").asLong());
                        String execution = e.path("Properties").path("spark.sql.execution.id").asText("");
                        if (!execution.isEmpty()) {
                            List<Integer> ids = stagesOfQuery.computeIfAbsent(Long.parseLong(execution), k -> new ArrayList<>());
                            e.path("Stage IDs").forEach(id -> ids.add(id.asInt()));
                        }
                    }
                    case "SparkListenerStageCompleted" -> {
                        JsonNode info = e.path("Stage Info");
                        if (!info.has("Completion Time") || !info.has("Submission Time")) {
                            continue; // skipped stage
                        }
                        Map<String, Long> metrics = new HashMap<>();
                        info.path("Accumulables").forEach(a -> {
                            String name = a.path("Name").asText();
                            if (name.startsWith("internal.metrics.") && a.path("Value").canConvertToLong()) {
                                metrics.put(name.substring("internal.metrics.".length()), a.path("Value").asLong());
                            }
                        });
                        int id = info.path("Stage ID").asInt();
                        stages.put(id, new Stage(id, info.path("Stage Name").asText(), info.path("Number of Tasks").asInt(),
                                info.path("Completion Time").asLong() - info.path("Submission Time").asLong(), metrics));
                    }
                    default -> {
                        if (event.endsWith("SparkListenerSQLExecutionStart")) {
                            long id = e.path("executionId").asLong();
                            queries.put(id, new Query(id, e.path("description").asText(), e.path("time").asLong(), 0, List.of()));
                        } else if (event.endsWith("SparkListenerSQLExecutionEnd")) {
                            long id = e.path("executionId").asLong();
                            Query q = queries.get(id);
                            if (q != null) {
                                queries.put(id, new Query(id, q.description(), q.start(), e.path("time").asLong(), List.of()));
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("application %,d ms; session start → first job %,d ms%n", appEnd - appStart, firstJob - appStart);
        System.out.printf("%-5s %-58s %9s %9s %9s %9s%n", "query", "description / stage", "wall ms", "stages ms", "exec ms", "cpu ms");
        long sumQueries = 0;
        for (Query q : queries.values()) {
            List<Integer> ids = stagesOfQuery.getOrDefault(q.id(), List.of());
            long stageWall = 0;
            long exec = 0;
            long cpu = 0;
            for (int id : ids) {
                Stage s = stages.get(id);
                if (s != null) {
                    stageWall += s.wallMs();
                    exec += s.metrics().getOrDefault("executorRunTime", 0L);
                    cpu += s.metrics().getOrDefault("executorCpuTime", 0L) / 1_000_000;
                }
            }
            long wall = q.end() - q.start();
            sumQueries += wall;
            System.out.printf("%-5d %-58s %,9d %,9d %,9d %,9d%n", q.id(), shorten(q.description(), 58), wall, stageWall, exec, cpu);
            for (int id : ids) {
                Stage s = stages.get(id);
                if (s == null) {
                    continue;
                }
                Map<String, Long> m = s.metrics();
                System.out.printf("   %4d %-56s %,9d %9s %,9d %,9d  tasks %d, gc %,d ms, in %,d rows, shuffle r/w %,d/%,d KB, out %,d rows%n",
                        s.id(), shorten(s.name(), 56), s.wallMs(), "", m.getOrDefault("executorRunTime", 0L),
                        m.getOrDefault("executorCpuTime", 0L) / 1_000_000, s.tasks(), m.getOrDefault("jvmGCTime", 0L),
                        m.getOrDefault("input.recordsRead", 0L),
                        (m.getOrDefault("shuffle.read.remoteBytesRead", 0L) + m.getOrDefault("shuffle.read.localBytesRead", 0L)) / 1024,
                        m.getOrDefault("shuffle.write.bytesWritten", 0L) / 1024, m.getOrDefault("output.recordsWritten", 0L));
            }
        }
        System.out.printf("queries together %,d ms of the application's %,d ms%n", sumQueries, appEnd - appStart);
    }

    private static String shorten(String text, int width) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
