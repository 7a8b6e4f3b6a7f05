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
 * runs JSONL queries {@code {"doc_id","queries":[...]}} and prints recall@1, recall@5 and MRR@10 (strict: the
 * gold doc_id only), and, when query lines carry {@code equivalent_doc_ids}, recall@5 and MRR@10 counting those too.
 * <pre>
 * mvn -pl knowledge-service exec:java -Dexec.mainClass=vn.hotline1022.knowledge.bench.SearchQualityBench \
 *   -Dexec.args="CORPUS.jsonl QUERIES.jsonl [MORE_QUERIES.jsonl ...]"
 * </pre>
 * With {@code -Dbench.url=http://GATEWAY} the same files go through a running stack instead: see {@link HttpQualityBench}.
 * A corpus line may also be an import line ({@code externalId} instead of {@code doc_id}, with {@code phrasings}
 * and {@code tags}), so the sample knowledge base serves as a corpus too.
 * Only these fields are read: other fields a data set may carry
 * (e.g. the original question of each answer) would leak the queries into the index.
 */
public final class SearchQualityBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: SearchQualityBench CORPUS.jsonl QUERIES.jsonl [QUERIES2.jsonl ...]"
                    + "  (in process; -Dbench.url=http://GATEWAY for the HTTP mode)");
            System.exit(2);
        }
        if (System.getProperty("bench.url") != null) {
            HttpQualityBench.run(System.getProperty("bench.url"), args);
            return;
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
            // a UIT line's other answers to the same question are the entry's other wordings of its answer
            List<String> variants = strings(node, node.has("alt_answers") ? "alt_answers" : "answerVariants");
            entries.add(new IndexedEntry(id, null, question, strings(node, "phrasings"), strings(node, "tags"),
                    node.get("answer").asString(), node.hasNonNull("topic") ? node.get("topic").asString() : null,
                    List.of(), "PUBLISHED", null, null, null, 0, variants));
        }
        return entries;
    }

    /** Our own sample knowledge base (NDJSON import format) carries phrasings and tags; use them as the service does. */
    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asString()));
        return out;
    }

    /** {@code -Dbench.ranks=DIR}: per-query ranks of each query file to DIR/NAME.ranks.tsv, to diff two runs or modes. */
    static void writeRanks(Scores scores) throws IOException {
        String dir = System.getProperty("bench.ranks");
        if (dir != null) {
            Path out = Path.of(dir).resolve(scores.name() + ".ranks.tsv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, scores.ranks());
        }
    }

    static String evaluate(SearchEngine engine, Path queries) throws IOException {
        Scores scores = Scores.of(queries,
                q -> engine.search(SearchRequest.of(q, 10)).hits().stream().map(SearchHit::id).toList());
        writeRanks(scores);
        return scores.report(String.format("mean %.2f ms/query", scores.meanMs()));
    }
}
