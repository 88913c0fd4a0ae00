package vn.thidua.analytics.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.analytics.AnalyticsMain;
import vn.thidua.analytics.TestSpark;

/**
 * The same job on a real Spark standalone cluster — a Master and a Worker started from Spark's own classes
 * on loopback, executors launched by the Worker in their own JVMs — publishes the same Parquet as local
 * mode. No Spark distribution is needed: the Worker builds executor class paths from {@code $SPARK_HOME/jars},
 * which here links the Maven-resolved jars (and a jar of this module's classes).
 */
class StandaloneClusterTest {

    private static final long STARTUP_SECONDS = 90;

    @TempDir
    Path tmp;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopTheCluster() throws IOException {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        // the links into ~/.m2 go first: JUnit would warn about each one when it cleans the temporary folder
        Path jars = tmp.resolve("spark-home/jars");
        if (Files.isDirectory(jars)) {
            try (Stream<Path> links = Files.list(jars)) {
                for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    @Test
    void theClusterPublishesTheSameIndicatorValuesAsLocalMode() throws Exception {
        // given a Master and a Worker on loopback
        Path sparkHome = sparkHome();
        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        int masterUi = freePort();
        start(List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(masterPort),
                "--webui-port", Integer.toString(masterUi)), sparkHome, tmp.resolve("master.log"));
        Path workerLog = tmp.resolve("worker.log");
        start(List.of("org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "2",
                "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir",
                tmp.resolve("work").toString()), sparkHome, workerLog);
        awaitMaster(masterUi, "\"aliveworkers\" : 1");

        // when the job runs once on the cluster and once in local mode
        Path onCluster = tmp.resolve("cluster-warehouse");
        Path local = tmp.resolve("local-warehouse");
        assertThat(runJob(master, onCluster, sparkHome, tmp.resolve("driver-cluster.log"))).as(log("driver-cluster.log"))
                .isZero();
        assertThat(runJob("local[2]", local, sparkHome, tmp.resolve("driver-local.log"))).as(log("driver-local.log"))
                .isZero();

        // then the executors did the work, and the published rows are the same
        assertThat(vn.thidua.warehouse.manifest.ManifestFile.read(onCluster.resolve("current/manifest.json")).master())
                .isEqualTo(master);
        assertThat(masterState(masterUi)).as("the Master ran the application on its Worker")
                .contains("\"completedapps\"", "\"name\" : \"thidua-analytics\"");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            String a = table(onCluster);
            String b = table(local);
            assertThat(count(sql, "SELECT count(*) FROM " + a)).isEqualTo(408L).isEqualTo(count(sql, "SELECT count(*) FROM " + b));
            assertThat(count(sql, "SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT SELECT * FROM " + b + ")")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT SELECT * FROM " + a + ")")).isZero();
        }
    }

    private static String table(Path warehouse) throws IOException {
        return "read_parquet('" + warehouse.resolve("current").toRealPath() + "/indicator_value/**/*.parquet', hive_partitioning = true)";
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int runJob(String master, Path warehouse, Path sparkHome, Path log) throws Exception {
        Process driver = start(List.of(AnalyticsMain.class.getName(), "--input", TestSpark.fixtureInput().toString(),
                "--warehouse", warehouse.toString(), "--year", "2024", "--master", master, "--run-id", "r1"), sparkHome, log);
        if (!driver.waitFor(STARTUP_SECONDS * 2, TimeUnit.SECONDS)) {
            throw new AssertionError("the driver did not finish in time:\n" + Files.readString(log));
        }
        return driver.exitValue();
    }

    /** A JVM with the test class path, Spark's module options and loopback only. */
    private Process start(List<String> mainAndArgs, Path sparkHome, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx768m"));
        command.addAll(List.of(System.getProperty("thidua.spark.jvm.options", "").trim().split("\\s+")));
        command.addAll(List.of("-cp", classPath()));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command.stream().filter(s -> !s.isEmpty()).toList())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** {@code $SPARK_HOME/jars}: links to every jar of the class path, and this module's classes as a jar. */
    private Path sparkHome() throws IOException {
        Path jars = Files.createDirectories(tmp.resolve("spark-home/jars"));
        for (String entry : classPath().split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                Path link = jars.resolve(path.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, path.toAbsolutePath());
                }
            }
        }
        Path classes = Path.of(AnalyticsMain.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (OutputStream out = Files.newOutputStream(jars.resolve("thidua-analytics-classes.jar"));
             JarOutputStream jar = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        return tmp.resolve("spark-home");
    }

    /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The Master's own status page in JSON: its workers, running and completed applications. */
    private static String masterState(int uiPort) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                            .timeout(java.time.Duration.ofSeconds(5)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return ""; // not up yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void awaitMaster(int uiPort, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        String state = "";
        while (System.nanoTime() < deadline) {
            state = masterState(uiPort);
            if (state.contains(text)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the Master never showed " + text + ":\n" + state + "\nworker log:\n"
                + Files.readString(tmp.resolve("worker.log")));
    }

    private String log(String name) {
        return "driver output (" + tmp.resolve(name) + ")";
    }
}
