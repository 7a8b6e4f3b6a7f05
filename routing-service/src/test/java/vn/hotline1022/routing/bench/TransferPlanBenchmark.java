package vn.hotline1022.routing.bench;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.RoutingApplication;
import vn.hotline1022.routing.support.Events;
import vn.hotline1022.testsupport.TestAuth;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Transfer-plan latency with 50 operators asking at once (POST /api/transfers, a mix of topics and districts).
 * Prints figures; asserts nothing. Usage: {@code TransferPlanBenchmark [baseUrl] [operators] [plansPerOperator]
 * [plan|route] [kafkaBootstrap]};
 * without a base URL the service is started in-process on an embedded KRaft broker and mongo-java-server.
 * Every call is announced first on call.received, as intake does (a plan needs a call routing knows, ADR-007): to
 * the in-process broker, which the benchmark waits for routing to take in, or to {@code kafkaBootstrap} (default
 * the local stack's 127.0.0.1:9092) for a service at a base URL.
 */
public final class TransferPlanBenchmark {

    private static final String[][] QUESTIONS = {
            {"TRAVEL_TRANSPORT", "HAM_TAN"}, {"UNEMPLOYMENT", "LA_GI"}, {"PRICES_GOODS", "PHAN_THIET"},
            {"HEALTH_STATUS", "TANH_LINH"}, {"HEALTH_STATUS", "HAM_THUAN_BAC"}, {"HARDSHIP_SUPPORT", "BAC_BINH"},
            {"MOVEMENT_DIRECTIVES", "DUC_LINH"}, {"VACCINATION", "PHU_QUY"}};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        int operators = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int perOperator = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        String bootstrap = args.length > 4 ? args[4] : "127.0.0.1:9092";
        ConfigurableApplicationContext app = null;
        EmbeddedKafkaKraftBroker kafka = null;
        MongoServer mongo = null;
        if (base == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.afterPropertiesSet();
            mongo = new MongoServer(new MemoryBackend());
            InetSocketAddress address = mongo.bind();
            app = SpringApplication.run(RoutingApplication.class, "--server.port=0",
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/routing-bench",
                    "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(), "--logging.level.root=WARN");
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            bootstrap = kafka.getBrokersAsString();
        }
        boolean routeOnly = args.length > 3 && "route".equals(args[3]);
        if (!routeOnly) {
            int calls = announce(bootstrap, operators, Math.max(5, perOperator));
            if (app != null) {
                MongoDatabase database = app.getBean(MongoDatabase.class);
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                        .until(() -> database.getCollection("call_owners").countDocuments() >= calls);
            }
        }
        int status = 1;
        try {
            run(base, operators, Math.max(5, perOperator / 4), false, routeOnly); // warm-up (JIT, connection pools)
            run(base, operators, perOperator, true, routeOnly);
            status = 0;
        } finally {
            if (app != null) {
                app.close();
                mongo.shutdownNow();
                kafka.destroy();
            }
            // exit even after a failure: the HTTP client's and operators' pools must not keep the JVM alive
            System.exit(status);
        }
    }

    /** call.received for every call the run will plan for, each taken by the operator who will ask. */
    private static int announce(String bootstrap, int operators, int perOperator) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int operator = 0; operator < operators; operator++) {
                for (int i = 0; i < perOperator; i++) {
                    String callId = callId(operator, i);
                    producer.send(new ProducerRecord<>(Topics.CALL_RECEIVED, callId,
                            Events.callReceived(callId, "bench-" + operator)));
                }
            }
            producer.flush();
        }
        return operators * perOperator;
    }

    private static String callId(int operator, int i) {
        return "BENCH-" + operator + "-" + i;
    }

    /**
     * {@code routeOnly}: the same load on {@code GET /api/routing/route} (in-memory rules, no MongoDB, no write):
     * the floor set by HTTP, token checks and JSON on this machine, to tell it apart from the plan's own cost.
     */
    private static void run(String base, int operators, int perOperator, boolean print, boolean routeOnly)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(operators)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(operators);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int op = 0; op < operators; op++) {
            int operator = op;
            done.add(pool.submit(() -> {
                start.await();
                // an operator's console logs in once and reuses its token; minting one per request would bill the
                // benchmark's own HMAC signing (same JVM, same 2 cores) to the service
                HttpHeaders auth = TestAuth.as("bench-" + operator, "OPERATOR", null);
                for (int i = 0; i < perOperator; i++) {
                    String[] q = QUESTIONS[(operator + i) % QUESTIONS.length];
                    String body = "{\"callId\":\"" + callId(operator, i) + "\",\"topic\":\"" + q[0]
                            + "\",\"locality\":\"" + q[1] + "\"}";
                    HttpRequest.Builder request = routeOnly
                            ? HttpRequest.newBuilder(URI.create(base + "/api/routing/route?topic=" + q[0] + "&locality=" + q[1]))
                            : HttpRequest.newBuilder(URI.create(base + "/api/transfers"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
                    auth.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() != (routeOnly ? 200 : 201)) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        // CPU time of this whole JVM (client, service, broker and Mongo server alike) per request: steadier than
        // wall-clock latency on a shared 2-core machine, where other processes' load moves p99 by a factor of 2
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        start.countDown();
        for (var f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMsPerRequest = (os.getProcessCpuTime() - cpu0) / 1e6 / latencies.size();
        pool.shutdown();
        if (print) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf((routeOnly ? "route lookups" : "transfer plans") + ": %d operators x %d = %d requests in %.1f s (%.0f/s), errors %d%n",
                    operators, perOperator, sorted.size(), seconds, sorted.size() / seconds, errors.get());
            System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
            System.out.printf("cpu ms per request (whole JVM): %.2f   load average: %.1f%n", cpuMsPerRequest,
                    os.getSystemLoadAverage());
        }
    }

    private static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
