package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.search.IndexedEntry;
import vn.hotline1022.knowledge.search.LuceneSearchEngine;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.SearchHit;
import vn.hotline1022.knowledge.search.SearchRequest;
import vn.hotline1022.knowledge.search.SynonymFile;
import vn.hotline1022.knowledge.search.Synonyms;
import vn.hotline1022.knowledge.search.RankingWeights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Search quality: indexes a JSONL corpus {@code {"doc_id","answer","question"?}} with the service's own engine,
 * runs JSONL queries {@code {"doc_id","queries":[...]}} and prints recall@1, recall@5 and MRR@10.
 * <pre>
 * mvn -pl knowledge-service exec:java -Dexec.mainClass=vn.hotline1022.knowledge.bench.SearchQualityBench \
 *   -Dexec.args="CORPUS.jsonl QUERIES.jsonl [MORE_QUERIES.jsonl ...]"
 * </pre>
 * A corpus line may also be an import line ({@code externalId} instead of {@code doc_id}, with {@code phrasings}
 * and {@code tags}), so the sample knowledge base serves as a corpus too.
 * Only these fields are read: other fields a data set may carry
 * (e.g. the original question of each answer) would leak the queries into the index.
 */
public final class SearchQualityBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SearchQualityBench CORPUS.jsonl QUERIES.jsonl [QUERIES2.jsonl ...]");
            System.exit(2);
        }
        try (SearchEngine engine = new LuceneSearchEngine(weights(), java.time.Clock.systemUTC())) {
            engine.useSynonyms(Boolean.getBoolean("bench.noSynonyms") ? Synonyms.NONE : SynonymFile.defaults());
            long start = System.nanoTime();
            int indexed = engine.rebuild(readCorpus(Path.of(args[0])).iterator());
            System.out.printf("corpus %s: %d entries indexed in %d ms%n", args[0], indexed,
                    (System.nanoTime() - start) / 1_000_000);
            for (int i = 1; i < args.length; i++) {
                System.out.println(evaluate(engine, Path.of(args[i])));
            }
        }
    }

    /** {@code -Dbench.weights=title,phrasings,tags,answer,bigram,accent,synonym,fuzzy} to compare settings. */
    private static RankingWeights weights() {
        String spec = System.getProperty("bench.weights");
        if (spec == null) {
            return RankingWeights.DEFAULT;
        }
        float[] w = new float[8];
        String[] parts = spec.split(",");
        for (int i = 0; i < 8; i++) {
            w[i] = Float.parseFloat(parts[i]);
        }
        System.out.println("weights " + spec);
        return new RankingWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }

    static List<IndexedEntry> readCorpus(Path file) throws IOException {
        List<IndexedEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String question = node.hasNonNull("question") ? node.get("question").asString() : null;
            String id = node.hasNonNull("doc_id") ? node.get("doc_id").asString() : node.get("externalId").asString();
            entries.add(new IndexedEntry(id, null, question, strings(node, "phrasings"), strings(node, "tags"),
                    node.get("answer").asString(), null, List.of(), "PUBLISHED", null, null, null, 0));
        }
        return entries;
    }

    /** Our own sample knowledge base (NDJSON import format) carries phrasings and tags; use them as the service does. */
    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asString()));
        return out;
    }

    static String evaluate(SearchEngine engine, Path queries) throws IOException {
        int n = 0;
        int at1 = 0;
        int at5 = 0;
        double mrr = 0;
        long nanos = 0;
        for (String line : Files.readAllLines(queries)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String gold = node.get("doc_id").asString();
            for (JsonNode q : node.get("queries")) {
                long t0 = System.nanoTime();
                List<SearchHit> hits = engine.search(SearchRequest.of(q.asString(), 10)).hits();
                nanos += System.nanoTime() - t0;
                int rank = rankOf(hits, gold);
                n++;
                at1 += rank == 1 ? 1 : 0;
                at5 += rank >= 1 && rank <= 5 ? 1 : 0;
                mrr += rank >= 1 ? 1.0 / rank : 0;
            }
        }
        return String.format("%s: queries=%d recall@1=%.3f recall@5=%.3f MRR@10=%.3f (mean %.2f ms/query)",
                queries, n, at1 / (double) n, at5 / (double) n, mrr / n, nanos / 1e6 / Math.max(n, 1));
    }

    private static int rankOf(List<SearchHit> hits, String gold) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(gold)) {
                return i + 1;
            }
        }
        return -1;
    }
}
