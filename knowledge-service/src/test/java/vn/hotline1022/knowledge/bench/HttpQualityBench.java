package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.search.IndexedEntry;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality bench through a running stack: imports the corpus with {@code POST /api/knowledge/import} as a
 * supervisor (following a large import's progress), waits until search finds the last imported entry, then runs
 * every query through {@code GET /api/knowledge/search?limit=10} as an operator and judges the hits' externalId.
 * <pre>
 * java -Dbench.url=http://127.0.0.1:8080 [-Dbench.user=supervisor1 -Dbench.password=demo1022]
 *   [-Dbench.searchUser=operator1 -Dbench.searchPassword=demo1022] [-Dbench.topic=HEALTH_STATUS]
 *   [-Dbench.title=none|first-sentence] [-Dbench.skipImport=true] [-Dbench.archiveOthers=true] \
 *   -cp ... vn.hotline1022.knowledge.bench.SearchQualityBench CORPUS.jsonl QUERIES.jsonl [QUERIES2.jsonl ...]
 * </pre>
 * It writes into the target stack (entries upserted by externalId, PUBLISHED): point it at a scratch stack.
 */
final class HttpQualityBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration INDEX_DEADLINE = Duration.ofMinutes(2);

    private HttpQualityBench() {
    }

    static void run(String url, String[] args) throws IOException, InterruptedException {
        String password = System.getProperty("bench.password", "demo1022");
        GatewayClient supervisor = new GatewayClient(url, System.getProperty("bench.user", "supervisor1"), password);
        GatewayClient operator = new GatewayClient(url, System.getProperty("bench.searchUser", "operator1"),
                System.getProperty("bench.searchPassword", password));
        List<IndexedEntry> corpus = SearchQualityBench.readCorpus(Path.of(args[0]));
        if (!Boolean.getBoolean("bench.skipImport")) {
            String topic = System.getProperty("bench.topic", "HEALTH_STATUS");
            CorpusImport.Title title = "first-sentence".equals(System.getProperty("bench.title"))
                    ? CorpusImport.Title.FIRST_SENTENCE : CorpusImport.Title.NONE;
            System.out.printf("importing %s (title %s, topic %s)%n", args[0], title, topic);
            new ImportRun(supervisor).run(CorpusImport.ndjson(corpus, topic, title));
        }
        if (Boolean.getBoolean("bench.archiveOthers")) {
            archiveOthers(supervisor, corpus);
        }
        awaitSearchable(operator, corpus.get(corpus.size() - 1));
        long visible = visible(supervisor);
        System.out.printf("operators search %d entries on %s (PUBLISHED + APPROVED; %d from this corpus)%n",
                visible, url, corpus.size());
        if (visible != corpus.size()) {
            System.out.printf("WARNING: %d other entries compete with the corpus, so the figures do not compare with the "
                    + "in-process mode (-Dbench.archiveOthers=true archives them on a scratch stack)%n", visible - corpus.size());
        }
        try (PlainBm25 baseline = new PlainBm25(corpus)) {
            for (int i = 1; i < args.length; i++) {
                System.out.println("baseline  " + LearningBench.baseline(baseline, Path.of(args[i])));
            }
        }
        String usage = System.getProperty("bench.usage");
        if (usage != null) {
            switchLearning(supervisor, false);
        }
        for (int i = 1; i < args.length; i++) {
            System.out.println((usage == null ? "" : "lexical   ") + evaluate(operator, Path.of(args[i])));
        }
        if (usage != null) {
            learn(supervisor, Path.of(usage));
            for (int i = 1; i < args.length; i++) {
                System.out.println("learned   " + evaluate(operator, Path.of(args[i])));
            }
        }
        System.out.printf("gateway rate limit: %d answers 429 waited out (%d s) as supervisor, %d (%d s) as operator%n",
                supervisor.throttled(), supervisor.throttledMillis() / 1000, operator.throttled(), operator.throttledMillis() / 1000);
    }

    private static void switchLearning(GatewayClient supervisor, boolean on) throws IOException, InterruptedException {
        var answer = supervisor.put("/api/knowledge/learning", "{\"enabled\":" + on + "}").response();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("PUT /api/knowledge/learning: HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    /**
     * {@code -Dbench.usage=USAGE.jsonl}: the desk's log through {@code POST /api/knowledge/usage/import} (doc_id as
     * externalId), a rebuild on demand, then waits until the stack serves the new model and prints what it reports.
     */
    private static void learn(GatewayClient supervisor, Path usage) throws IOException, InterruptedException {
        StringBuilder ndjson = new StringBuilder();
        for (var pair : LearningBench.readUsage(usage)) {
            ndjson.append(JSON.writeValueAsString(java.util.Map.of("externalId", pair.entryId(), "question",
                    pair.question()))).append('\n');
        }
        long t0 = System.nanoTime();
        var accepted = supervisor.post("/api/knowledge/usage/import", "application/x-ndjson", ndjson.toString()).response();
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("usage import: HTTP " + accepted.statusCode() + " " + accepted.body());
        }
        String progress = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job;
        do {
            Thread.sleep(500);
            job = JSON.readTree(supervisor.get(progress).response().body());
        } while ("RUNNING".equals(job.path("status").asString()));
        System.out.printf("usage import %s in %d ms: %d imported, %d duplicates, %d failed%n", job.path("status").asString(),
                (System.nanoTime() - t0) / 1_000_000, job.path("imported").asLong(), job.path("duplicates").asLong(),
                job.path("failed").asLong());
        switchLearning(supervisor, true);
        long before = JSON.readTree(supervisor.get("/api/knowledge/learning").response().body())
                .path("serving").path("version").asLong(0);
        t0 = System.nanoTime();
        var rebuild = supervisor.post("/api/knowledge/learning/rebuild", "application/json", "").response();
        if (rebuild.statusCode() != 202 && rebuild.statusCode() != 409) {
            throw new IllegalStateException("rebuild: HTTP " + rebuild.statusCode() + " " + rebuild.body());
        }
        JsonNode status;
        do {
            Thread.sleep(1000);
            status = JSON.readTree(supervisor.get("/api/knowledge/learning").response().body());
            if (System.nanoTime() - t0 > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("no new model after 10 minutes: " + status);
            }
        } while (status.path("serving").path("version").asLong(0) <= before
                || status.path("building").asBoolean());
        System.out.printf("rebuild served after %d s: GET /api/knowledge/learning -> %s%n",
                (System.nanoTime() - t0) / 1_000_000_000, status.path("serving"));
    }

    /** Import refreshes the index per batch; other replicas follow through Kafka: wait until search sees the last row. */
    private static void awaitSearchable(GatewayClient operator, IndexedEntry last) throws IOException, InterruptedException {
        String text = last.question() != null ? last.question() : last.answer();
        String probe = text.length() <= 300 ? text : text.substring(0, text.lastIndexOf(' ', 300) > 0 ? text.lastIndexOf(' ', 300) : 300);
        long start = System.nanoTime();
        while (!hitIds(operator.get(searchPath(probe, 50)).response().body()).contains(last.id())) {
            if (System.nanoTime() - start > INDEX_DEADLINE.toNanos()) {
                throw new IllegalStateException("search does not find " + last.id() + " after " + INDEX_DEADLINE);
            }
            Thread.sleep(500);
        }
        System.out.printf("search finds the last imported entry %s after %d ms%n", last.id(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Archives every operator-visible entry that is not in the corpus (e.g. the sample knowledge base up.sh loads),
     * so the stack ranks the corpus alone, as the in-process mode does. Scratch stacks only; re-running
     * deploy/local/seed.d/30-knowledge.sh publishes the sample again.
     */
    private static void archiveOthers(GatewayClient supervisor, List<IndexedEntry> corpus) throws IOException, InterruptedException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        corpus.forEach(e -> ids.add(e.id()));
        List<String> others = new ArrayList<>();
        for (String status : new String[] {"PUBLISHED", "APPROVED"}) {
            for (int page = 0; ; page++) {
                JsonNode items = JSON.readTree(supervisor.get("/api/knowledge/entries?size=200&status=" + status
                        + "&page=" + page).response().body()).path("items");
                items.forEach(item -> {
                    if (!ids.contains(item.path("externalId").asString())) {
                        others.add(item.path("id").asString());
                    }
                });
                if (items.size() < 200) {
                    break;
                }
            }
        }
        for (String id : others) {
            int status = supervisor.post("/api/knowledge/entries/" + id + "/archive", "application/json", "").response().statusCode();
            if (status != 200) {
                throw new IllegalStateException("archiving " + id + ": HTTP " + status);
            }
        }
        System.out.printf("archived %d entries that are not in the corpus%n", others.size());
    }

    private static long visible(GatewayClient supervisor) throws IOException, InterruptedException {
        long total = 0;
        for (String status : new String[] {"PUBLISHED", "APPROVED"}) {
            total += JSON.readTree(supervisor.get("/api/knowledge/entries?size=1&status=" + status).response().body())
                    .path("total").asLong();
        }
        return total;
    }

    static String evaluate(GatewayClient operator, Path queries) throws IOException, InterruptedException {
        Scores scores = new Scores(queries.toString());
        int failed = 0;
        for (QueryLine line : QueryLine.read(queries)) {
            scores.line(line);
            for (String q : line.queries()) {
                GatewayClient.Timed answer = operator.get(searchPath(q, 10));
                if (answer.response().statusCode() != 200) {
                    failed++;
                    System.out.printf("  HTTP %d for %s: %s%n", answer.response().statusCode(), q, answer.response().body());
                }
                List<String> ids = answer.response().statusCode() == 200 ? hitIds(answer.response().body()) : List.of();
                scores.add(line, q, ids, answer.nanos());
            }
        }
        SearchQualityBench.writeRanks(scores);
        return scores.report(String.format("HTTP via gateway: mean %.2f ms, p50 %.2f ms, p99 %.2f ms per query%s",
                scores.meanMs(), scores.percentileMs(50), scores.percentileMs(99),
                failed == 0 ? "" : "; " + failed + " queries failed, counted as misses"));
    }

    private static String searchPath(String q, int limit) {
        return "/api/knowledge/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + limit;
    }

    private static List<String> hitIds(String body) {
        List<String> ids = new ArrayList<>();
        JSON.readTree(body).path("hits").forEach(h -> ids.add(h.path("externalId").asString()));
        return ids;
    }
}
