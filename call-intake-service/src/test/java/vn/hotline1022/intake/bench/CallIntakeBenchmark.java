package vn.hotline1022.intake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: logs calls (POST /api/calls with an Idempotency-Key) at a fixed concurrency against each target and
 * prints calls/s, p50 and p99. Usage (see README):
 * <pre>
 * java -cp ... vn.hotline1022.intake.bench.CallIntakeBenchmark \
 *     --target gateway=http://127.0.0.1:8080 --target direct=http://127.0.0.1:8081 \
 *     [--clients 16] [--calls 2000] [--warmup 300] [--header "Authorization: Bearer ..."]
 * </pre>
 */
public final class CallIntakeBenchmark {

    private static final String[] LOCALITIES = {"PHAN_THIET", "LA_GI", "TUY_PHONG", "BAC_BINH", "HAM_THUAN_BAC",
            "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY"};
    private static final String[] TOPICS = {"HEALTH_STATUS", "HARDSHIP_SUPPORT", "PRICES_GOODS", "TRAVEL_TRANSPORT",
            "UNEMPLOYMENT", "QUARANTINE_FOOD", "MOVEMENT_DIRECTIVES", "VACCINATION", "TESTING_QUARANTINE", "OTHER"};

    record Result(String name, int calls, int failures, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return calls / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> targets = new LinkedHashMap<>();
        List<String[]> headers = new ArrayList<>(List.of(new String[]{"X-User", "bench"},
                new String[]{"X-Roles", "OPERATOR"}));
        int clients = 16;
        int calls = 2000;
        int warmup = 300;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> {
                    String[] t = args[++i].split("=", 2);
                    targets.put(t[0], t[1].replaceAll("/$", ""));
                }
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--header" -> {
                    String[] h = args[++i].split(":", 2);
                    headers.add(new String[]{h[0].trim(), h[1].trim()});
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (targets.isEmpty()) {
            targets.put("gateway", "http://127.0.0.1:8080");
            targets.put("direct", "http://127.0.0.1:8081");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Result> results = new ArrayList<>();
        for (var target : targets.entrySet()) {
            run(http, target.getValue(), headers, clients, warmup);
            results.add(run(http, target.getKey(), target.getValue(), headers, clients, calls));
        }
        System.out.printf("%nPOST /api/calls, %d clients, %d calls per target (after %d warm-up calls)%n",
                clients, calls, warmup);
        System.out.printf("%-10s %10s %10s %10s %9s%n", "target", "calls/s", "p50 ms", "p99 ms", "failures");
        for (Result r : results) {
            System.out.printf("%-10s %10.1f %10.2f %10.2f %9d%n", r.name(), r.perSecond(), r.percentileMillis(50),
                    r.percentileMillis(99), r.failures());
        }
    }

    private static void run(HttpClient http, String base, List<String[]> headers, int clients, int calls)
            throws Exception {
        run(http, "warm-up", base, headers, clients, calls);
    }

    private static Result run(HttpClient http, String name, String base, List<String[]> headers, int clients,
                              int calls) throws Exception {
        long[] latencies = new long[calls];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        if (!post(http, base, headers)) {
                            failures.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(name, calls, failures.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    private static boolean post(HttpClient http, String base, List<String[]> headers) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = """
                {"callerNumber":"09%08d","locality":"%s","topic":"%s",
                 "question":"Người dân hỏi về quy định đi lại giữa các huyện khi thực hiện Chỉ thị 16"}"""
                .formatted(random.nextInt(100_000_000), LOCALITIES[random.nextInt(LOCALITIES.length)],
                        TOPICS[random.nextInt(TOPICS.length)]);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/calls"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(h -> request.header(h[0], h[1]));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        } catch (Exception e) {
            return false;
        }
    }
}
