package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.search.IndexedEntry;
import vn.hotline1022.knowledge.search.LuceneSearchEngine;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.SearchRequest;
import vn.hotline1022.knowledge.search.SynonymFile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency: 100,000 generated entries (sample answers recombined with random syllables of the same vocabulary),
 * index rebuild time, heap used, then p50/p99 of operator queries with 1 and with 50 concurrent clients in
 * process; and, when a gateway answers on :8080, 50 clients through it (against whatever that stack holds).
 * <pre>
 * mvn -pl knowledge-service exec:java -Dexec.mainClass=vn.hotline1022.knowledge.bench.SearchLatencyBench \
 *   [-Dexec.args="ENTRIES QUERIES_PER_RUN"]
 * </pre>
 */
public final class SearchLatencyBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path SAMPLE = inModule("src/main/resources/sample/knowledge-base.ndjson");
    private static final Path QUERIES = inModule("src/test/resources/bench/operator-queries.jsonl");
    private static final String[] LOCALITIES = {"PHAN_THIET", "LA_GI", "TUY_PHONG", "BAC_BINH", "HAM_THUAN_BAC",
            "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY"};

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perRun = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<JsonNode> sample = Files.readAllLines(SAMPLE).stream().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(QUERIES)) {
            if (!line.isBlank()) {
                JSON.readTree(line).get("queries").forEach(q -> queries.add(q.asString()));
            }
        }
        try (SearchEngine engine = new LuceneSearchEngine()) {
            engine.useSynonyms(SynonymFile.defaults());
            long t0 = System.nanoTime();
            int indexed = engine.rebuild(generate(sample, entries));
            long rebuildMs = (System.nanoTime() - t0) / 1_000_000;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("entries=%d rebuild=%d ms (%.0f entries/s) heapUsedAfterGc=%d MB (index on an mmap scratch dir, off heap)%n",
                    indexed, rebuildMs, indexed * 1000.0 / rebuildMs, heap / (1024 * 1024));
            run("warm-up", 8, perRun / 4, queries, q -> engine.search(new SearchRequest(q, null, null, 10)));
            run("in-service, 1 client", 1, perRun / 4, queries, q -> engine.search(new SearchRequest(q, null, null, 10)));
            run("in-service, 50 clients", 50, perRun, queries, q -> engine.search(new SearchRequest(q, null, null, 10)));
            run("in-service, 50 clients, topic+locality filter", 50, perRun, queries,
                    q -> engine.search(new SearchRequest(q, "VACCINATION", "LA_GI", 10)));
        }
        gateway(queries, perRun / 4);
    }

    /** exec:java runs in Maven's JVM, whose working directory is wherever mvn was started. */
    static Path inModule(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("knowledge-service").resolve(path);
    }

    public static Iterator<IndexedEntry> generate(List<JsonNode> sample, int count) {
        Random random = new Random(1022);
        List<String> vocabulary = new ArrayList<>();
        sample.forEach(s -> vocabulary.addAll(Arrays.asList(s.get("answer").asString().split("\\s+"))));
        return new Iterator<>() {
            int i = 0;

            public boolean hasNext() {
                return i < count;
            }

            public IndexedEntry next() {
                JsonNode base = sample.get(i % sample.size());
                StringBuilder answer = new StringBuilder(base.get("answer").asString());
                for (int w = 0; w < 30; w++) {
                    answer.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                String locality = LOCALITIES[random.nextInt(LOCALITIES.length)];
                List<String> scope = random.nextInt(4) == 0 ? List.of(locality) : List.of();
                String question = base.get("question").asString() + " (đợt " + (i / sample.size()) + ")";
                List<String> tags = new ArrayList<>();
                base.path("tags").forEach(t -> tags.add(t.asString()));
                IndexedEntry entry = new IndexedEntry("gen-" + i, "GEN-" + i, question, List.of(), tags,
                        answer.toString(), base.get("topic").asString(), scope, "PUBLISHED", null, null, null, random.nextInt(20));
                i++;
                return entry;
            }
        };
    }

    interface Call {
        void run(String query) throws Exception;
    }

    static void run(String label, int clients, int total, List<String> queries, Call call) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    try {
                        call.run(queries.get(i % queries.size()));
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - t;
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        // CPU time of the calling threads: unlike wall-clock latency it does not depend on what else the machine runs
        System.out.printf("%-48s n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms throughput=%.0f q/s cpu=%.2f ms/query failures=%d%n",
                label, total, nanos[total / 2] / 1e6, nanos[(int) (total * 0.99)] / 1e6, nanos[total - 1] / 1e6,
                total / seconds, cpuNanos.get() / 1e6 / total, failures.get());
    }

    /** Only against a stack the lead already runs; nothing is started or loaded here. */
    static void gateway(List<String> queries, int total) throws Exception {
        String base = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            System.out.println("gateway: nothing answers on " + base + " — gateway part skipped (start the local stack to measure it)");
            return;
        }
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"supervisor1\",\"password\":\"demo1022\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = JSON.readTree(login).path("accessToken").asString("");
        AtomicInteger limited = new AtomicInteger();
        run("via gateway, 50 clients (stack's own entries)", 50, total, queries, q -> {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/knowledge/search?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 429) {
                limited.incrementAndGet();
            } else if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
        });
        System.out.println("gateway: " + limited.get() + " answers were 429 (per-user rate limit of the gateway)");
    }
}
