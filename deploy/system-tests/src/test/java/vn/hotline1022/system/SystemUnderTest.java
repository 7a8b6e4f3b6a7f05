package vn.hotline1022.system;

import org.awaitility.Awaitility;
import vn.hotline1022.localinfra.LocalKafka;
import vn.hotline1022.localinfra.LocalMongo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as a user gets it: the built jars as separate processes on free ports, against a real
 * Kafka broker and the MongoDB wire-protocol server started in this JVM. Started once per test JVM.
 */
public final class SystemUnderTest {

    private static SystemUnderTest instance;

    private final Path root = Path.of(System.getProperty("hotline.root", "../..")).toAbsolutePath().normalize();
    private final Path work;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private LocalKafka kafka;
    private LocalMongo mongo;
    private String kafkaBootstrap;
    private String mongoUri;

    private SystemUnderTest() throws IOException {
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath().toFile().exists()
                ? Path.of("target").toAbsolutePath() : Path.of(System.getProperty("java.io.tmpdir")), "system-");
    }

    public static synchronized SystemUnderTest get() throws Exception {
        if (instance == null) {
            SystemUnderTest sut = new SystemUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(sut::stop));
            sut.start();
            instance = sut;
        }
        return instance;
    }

    public String gateway() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    public String service(String name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    /**
     * The same jars against infrastructure started elsewhere (e.g. Testcontainers' mongo:7 replica set and
     * apache/kafka). The caller stops it.
     */
    public static SystemUnderTest startWith(String kafkaBootstrap, String mongoUri) throws Exception {
        SystemUnderTest sut = new SystemUnderTest();
        sut.kafkaBootstrap = kafkaBootstrap;
        sut.mongoUri = mongoUri;
        sut.startServices();
        return sut;
    }

    /** The switchboard's secret for the CTI door of the system under test ({@code POST /api/cti/<token>}). */
    public static final String CTI_TOKEN = "system-test-switchboard-token-1022";

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** Base URI without a database; each service appends its own. */
    public String mongoUri() {
        return mongoUri;
    }

    private void start() throws Exception {
        int kafkaPort = freePortPair();
        mongo = LocalMongo.start(work.resolve("mongo"), freePort());
        kafka = LocalKafka.start(work.resolve("kafka"), kafkaPort);
        kafkaBootstrap = "127.0.0.1:" + kafkaPort;
        mongoUri = mongo.connectionString();
        startServices();
    }

    private void startServices() throws Exception {
        for (String name : List.of("call-intake-service", "knowledge-service", "routing-service", "reporting-service", "gateway")) {
            ports.put(name, freePort());
        }
        for (String name : ports.keySet()) {
            launch(name);
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String name : ports.keySet()) {
            awaitHealthy(http, name);
        }
    }

    private void launch(String name) throws IOException {
        Path jar = jarOf(name);
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dhotline.process=test-" + name, "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("PORT", String.valueOf(ports.get(name)));
        env.put("HOTLINE_CTI_TOKEN", CTI_TOKEN);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        String database = name.replace("-service", "").replace("call-", "");
        env.put("MONGODB_URI", withDatabase(mongoUri, database));
        env.put("CALL_INTAKE_URL", "http://127.0.0.1:" + ports.get("call-intake-service"));
        env.put("KNOWLEDGE_URL", "http://127.0.0.1:" + ports.get("knowledge-service"));
        env.put("ROUTING_URL", "http://127.0.0.1:" + ports.get("routing-service"));
        env.put("REPORTING_URL", "http://127.0.0.1:" + ports.get("reporting-service"));
        Path log = work.resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        processes.add(pb.start());
    }

    private void awaitHealthy(HttpClient http, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service(name) + "/actuator/health")).build();
        Awaitility.await(name + " healthy; see " + work.resolve(name + ".log"))
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200 && response.body().contains("\"UP\"");
                });
    }

    private Path jarOf(String module) throws IOException {
        Path target = root.resolve(module).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(module + "-[\\d.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in " + target + "; run mvn package"));
        }
    }

    static String withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        int slash = base.indexOf('/', "mongodb://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }

    public synchronized void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Kafka's controller listens on port + 1, so both must be free. */
    private static int freePortPair() throws IOException {
        for (int i = 0; i < 50; i++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port pair");
    }
}
