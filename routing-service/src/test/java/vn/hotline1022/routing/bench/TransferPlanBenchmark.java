package vn.hotline1022.routing.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.hotline1022.routing.RoutingApplication;
import vn.hotline1022.routing.TestAuth;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Transfer-plan latency with 50 operators asking at once (POST /api/transfers, a mix of topics and districts).
 * Prints figures; asserts nothing. Usage: {@code TransferPlanBenchmark [baseUrl] [operators] [plansPerOperator]};
 * without a base URL the service is started in-process on an embedded KRaft broker and mongo-java-server.
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
        }
        try {
            run(base, operators, Math.max(5, perOperator / 4), false); // warm-up (JIT, connection pools)
            run(base, operators, perOperator, true);
        } finally {
            if (app != null) {
                app.close();
                mongo.shutdownNow();
                kafka.destroy();
            }
        }
        System.exit(0); // the HTTP client's and operators' pools must not keep the JVM alive
    }

    private static void run(String base, int operators, int perOperator, boolean print) throws Exception {
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
                for (int i = 0; i < perOperator; i++) {
                    String[] q = QUESTIONS[(operator + i) % QUESTIONS.length];
                    String body = "{\"callId\":\"BENCH-" + operator + "-" + i + "\",\"topic\":\"" + q[0]
                            + "\",\"locality\":\"" + q[1] + "\"}";
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/transfers"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
                    TestAuth.as("bench-" + operator, "OPERATOR", null)
                            .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() != 201) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (var f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        if (print) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("transfer plans: %d operators x %d = %d requests in %.1f s (%.0f/s), errors %d%n",
                    operators, perOperator, sorted.size(), seconds, sorted.size() / seconds, errors.get());
            System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    private static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
