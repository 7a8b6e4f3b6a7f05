package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.search.IndexedEntry;
import vn.hotline1022.knowledge.search.LuceneSearchEngine;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.SearchHit;
import vn.hotline1022.knowledge.search.SearchRequest;
import vn.hotline1022.knowledge.search.SynonymFile;
import vn.hotline1022.knowledge.search.learn.Learner;
import vn.hotline1022.knowledge.search.learn.UsagePair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The learned re-ranker in process: indexes CORPUS, learns from USAGE (cross-validated on the log only), then
 * measures each QUERIES file three ways in one run: the plain BM25 baseline, the product's lexical ranking, and the
 * product with the learned model. {@code -Dbench.curve=0,500,1000,2000,all} adds the learning curve (the first N pairs
 * of a seeded shuffle of the log; with several {@code -Dbench.model1} variants, for the last one).
 * <pre>
 * mvn -q -pl knowledge-service test-compile exec:java -Dexec.mainClass=vn.hotline1022.knowledge.bench.LearningBench \
 *   -Dexec.args="../shared/eval/uit-vicov19qa-val/corpus.jsonl ../shared/eval/uit-vicov19qa-val/usage_train.jsonl \
 *   ../shared/eval/uit-vicov19qa-val/eval.jsonl ../shared/eval/uit-vicov19qa-val/eval_nodiacritics.jsonl"
 * </pre>
 */
public final class LearningBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: LearningBench CORPUS.jsonl USAGE.jsonl QUERIES.jsonl [QUERIES2.jsonl ...]");
            System.exit(2);
        }
        List<IndexedEntry> corpus = new ArrayList<>(SearchQualityBench.readCorpus(Path.of(args[0])));
        List<UsagePair> log = new ArrayList<>(readUsage(Path.of(args[1])));
        // -Dbench.repeatLog=3: the log three times over, to time a build at ~10,000 pairs
        for (int r = 1, repeats = Integer.getInteger("bench.repeatLog", 1), size = log.size(); r < repeats; r++) {
            log.addAll(log.subList(0, size));
        }
        int padTo = Integer.getInteger("bench.padTo", 0);
        if (padTo > corpus.size()) {
            // -Dbench.padTo=5000: generated entries (the latency bench's) so costs are measured at that size
            List<tools.jackson.databind.JsonNode> sample = java.nio.file.Files.readAllLines(
                    SearchLatencyBench.inModule("src/main/resources/sample/knowledge-base.ndjson")).stream()
                    .filter(l -> !l.isBlank()).map(JSON::readTree).toList();
            var generated = SearchLatencyBench.generate(sample, padTo - corpus.size());
            generated.forEachRemaining(corpus::add);
        }
        try (SearchEngine engine = new LuceneSearchEngine(vn.hotline1022.knowledge.search.RankingWeights.DEFAULT,
                Clock.systemUTC()); PlainBm25 baseline = new PlainBm25(corpus)) {
            engine.useSynonyms(Boolean.getBoolean("bench.noSynonyms") ? vn.hotline1022.knowledge.search.Synonyms.NONE
                    : SynonymFile.defaults());
            engine.rebuild(corpus.iterator());
            System.out.printf("corpus %d entries, usage log %d pairs, word vectors %.1f MB%n", corpus.size(), log.size(),
                    engine.docTerms().bytes() / 1e6);
            List<Path> queries = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                queries.add(Path.of(args[i]));
            }
            product(engine, queries.get(0));   // warm-up, so the first file's CPU figures are not the JIT's
            for (Path file : queries) {
                System.out.println("baseline  " + baseline(baseline, file));
                System.out.println("lexical   " + product(engine, file));
            }
            String curve = System.getProperty("bench.curve");
            List<Integer> sizes = new ArrayList<>();
            if (curve != null) {
                for (String s : curve.split(",")) {
                    sizes.add(s.equals("all") ? log.size() : Integer.parseInt(s));
                }
            } else {
                sizes.add(log.size());
            }
            List<UsagePair> shuffled = new ArrayList<>(log);
            Collections.shuffle(shuffled, new Random(1022));
            List<Learner.Options> variants = new ArrayList<>();
            String spec = System.getProperty("bench.model1");
            if (System.getProperty("bench.translations") != null) {
                // -Dbench.translations=0: the same re-ranker without translations (query likelihood alone), for contrast
                Learner.Options d = Learner.Options.DEFAULT;
                double[] t = java.util.Arrays.stream(System.getProperty("bench.translations").split(","))
                        .mapToDouble(Double::parseDouble).toArray();
                variants.add(new Learner.Options(d.folds(), d.depths(), t, d.smoothings(), d.weights(), d.bigrams(),
                        d.maxValidation(), d.model1()));
            } else if (spec == null && System.getProperty("bench.depthGrid") != null) {
                // -Dbench.depthGrid=200,400,1000: the depths the grid may re-rank
                Learner.Options d = Learner.Options.DEFAULT;
                int[] depths = java.util.Arrays.stream(System.getProperty("bench.depthGrid").split(","))
                        .mapToInt(Integer::parseInt).toArray();
                variants.add(new Learner.Options(d.folds(), depths, d.translations(), d.smoothings(), d.weights(),
                        d.bigrams(), d.maxValidation(), d.model1()));
            } else if (spec == null) {
                variants.add(Learner.Options.DEFAULT);
            } else {
                // -Dbench.model1="iterations,minPairs,minProbability,maxPerSource,answerWords,minTogether,maxMeetings
                // [,maxPerTarget[,maxPairs]]];..." (the 2026-12-02 model: 5,2,0.003,150,60,1,4000000,600)
                for (String one : spec.split(";")) {
                    String[] v = one.split(",");
                    variants.add(Learner.Options.DEFAULT.with(new vn.hotline1022.knowledge.search.learn.Model1.Options(
                            Integer.parseInt(v[0]), Integer.parseInt(v[1]), Double.parseDouble(v[2]),
                            Integer.parseInt(v[3]), Integer.parseInt(v[4]), Integer.parseInt(v[5]),
                            Long.parseLong(v[6]), v.length > 7 ? Integer.parseInt(v[7]) : Integer.MAX_VALUE,
                            v.length > 8 ? Integer.parseInt(v[8]) : Learner.Options.DEFAULT.model1().maxPairs())));
                }
            }
            // -Dbench.lexicals="ENGINE;PLAIN;ENGINE,PLAIN": each variant once per set of lexical sides the grid may use
            String sides = System.getProperty("bench.lexicals");
            if (sides != null) {
                List<Learner.Options> each = new ArrayList<>();
                for (Learner.Options variant : variants) {
                    for (String set : sides.split(";")) {
                        each.add(variant.with(java.util.Arrays.stream(set.split(","))
                                .map(vn.hotline1022.knowledge.search.learn.Blend.Lexical::valueOf)
                                .toArray(vn.hotline1022.knowledge.search.learn.Blend.Lexical[]::new)));
                    }
                }
                variants = each;
            }
            // several variants ("before;after" in -Dbench.model1): each at all pairs, the curve for the last one only
            List<int[]> runs = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                for (int size : v == variants.size() - 1 ? sizes : List.of(log.size())) {
                    runs.add(new int[] {v, size});
                }
            }
            for (int[] run : runs) {
                List<UsagePair> subset = run[1] >= log.size() ? log : shuffled.subList(0, run[1]);
                learnAndMeasure(engine, baseline, subset, variants.get(run[0]), queries);
            }
        }
    }

    private static void learnAndMeasure(SearchEngine engine, PlainBm25 plain, List<UsagePair> subset,
                                        Learner.Options options, List<Path> queries) throws IOException {
        System.out.println("model options " + options.model1() + ", lexical sides "
                + java.util.Arrays.toString(options.lexicals()));
        long t0 = System.nanoTime();
        Learner.LexicalSearch lexical = engine::lexical;
        int union = Integer.getInteger("bench.union", 0);
        if (union > 0 && plain != null) {
            // -Dbench.union=K (an experiment, CV only): the held-out candidates are the engine's top K followed by
            // plain BM25's top K not among them (score 0 on the engine's side); the served ranking is unchanged
            lexical = (question, depth) -> {
                List<vn.hotline1022.knowledge.search.learn.LexicalHit> hits = new ArrayList<>(engine.lexical(question, union));
                java.util.Set<String> seen = new java.util.HashSet<>();
                hits.forEach(h -> seen.add(h.id()));
                try {
                    for (String id : plain.search(question, union)) {
                        if (seen.add(id)) {
                            hits.add(new vn.hotline1022.knowledge.search.learn.LexicalHit(id, 0));
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return hits;
            };
        }
        Learner.Result learned = Learner.learn(subset, engine.docTerms(), lexical, options);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Learner.Figures f = learned.figures();
        System.out.printf("learned from %d pairs in %d ms: cross-validated on the log (%d of %d folds, %d questions) "
                        + "lexical recall@5=%.3f MRR@10=%.3f -> learned recall@5=%.3f MRR@10=%.3f blend=%s; "
                        + "%s translations, %.1f MB loaded, %.1f MB stored, model %s%n", f.pairs(), ms, f.judgedFolds(),
                f.folds(), f.queries(),
                f.lexicalRecall5(), f.lexicalMrr10(), f.recall5(), f.mrr10(), f.blend(),
                learned.model() == null ? "no" : learned.model().translations(),
                learned.model() == null ? 0 : learned.model().bytes() / 1e6,
                learned.model() == null ? 0 : learned.model().toBytes().length / 1e6,
                learned.model() == null ? "-" : checksum(learned.model().toBytes()));
        engine.useModel(learned.model());
        if (Boolean.getBoolean("bench.candidates")) {
            for (Path file : queries) {
                System.out.println("candidates " + candidateRecall(engine, file));
            }
        }
        for (Path file : queries) {
            System.out.println("learned   " + product(engine, file));
        }
        if (System.getProperty("bench.operator") != null) {
            System.out.println("operator  " + operatorSet(System.getProperty("bench.operator"), learned.model()));
        }
    }

    /**
     * {@code -Dbench.operator=KB.ndjson,QUERIES.jsonl}: the own operator set on its own knowledge base with the model
     * just learned (its word translations hold for any entries), to show the learned ranking does not cost it.
     */
    private static String operatorSet(String spec, vn.hotline1022.knowledge.search.learn.TranslationModel model)
            throws IOException {
        String[] files = spec.split(",");
        try (SearchEngine engine = new LuceneSearchEngine(vn.hotline1022.knowledge.search.RankingWeights.DEFAULT,
                Clock.systemUTC())) {
            engine.useSynonyms(SynonymFile.defaults());
            engine.rebuild(SearchQualityBench.readCorpus(Path.of(files[0])).iterator());
            engine.useModel(model);
            return product(engine, Path.of(files[1]));
        }
    }

    /** A short fingerprint of the stored model, so two builds can be told identical (or not) in the output. */
    private static String checksum(byte[] data) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<UsagePair> readUsage(Path file) throws IOException {
        List<UsagePair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                String id = node.hasNonNull("doc_id") ? node.get("doc_id").asString() : node.get("externalId").asString();
                out.add(new UsagePair(node.get("question").asString(), id));
            }
        }
        return out;
    }

    /**
     * {@code -Dbench.candidates=true}: how often the gold entry is among the engine's lexical top N, the list the
     * model re-ranks (the ceiling of any re-ranking at that depth).
     */
    private static String candidateRecall(SearchEngine engine, Path file) throws IOException {
        int[] cuts = {5, 10, 50, 100, 200, 1000};
        int[] within = new int[cuts.length];
        int n = 0;
        for (QueryLine line : QueryLine.read(file)) {
            for (String q : line.queries()) {
                n++;
                List<vn.hotline1022.knowledge.search.learn.LexicalHit> hits = engine.lexical(q, 1000);
                int at = java.util.stream.IntStream.range(0, hits.size())
                        .filter(i -> hits.get(i).id().equals(line.gold())).findFirst().orElse(Integer.MAX_VALUE);
                for (int c = 0; c < cuts.length; c++) {
                    within[c] += at < cuts[c] ? 1 : 0;
                }
            }
        }
        StringBuilder out = new StringBuilder(file.getFileName() + ": gold among the lexical top");
        for (int c = 0; c < cuts.length; c++) {
            out.append(String.format(" %d %.3f", cuts[c], within[c] / (double) Math.max(1, n)));
        }
        return out.toString();
    }

    /** The baseline's ranks per query file, for the paired comparison of every later ranking of that file. */
    private static final java.util.Map<Path, int[]> BASELINE_RANKS = new java.util.HashMap<>();

    static String baseline(PlainBm25 baseline, Path file) throws IOException {
        Scores scores = Scores.of(file, q -> baseline.search(q, 10));
        BASELINE_RANKS.put(file, scores.strictRanks());
        return scores.report(String.format("plain BM25, mean %.2f ms/query", scores.meanMs()));
    }

    private static String product(SearchEngine engine, Path file) throws IOException {
        Scores scores = new Scores(file.toString());
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (QueryLine line : QueryLine.read(file)) {
            scores.line(line);
            for (String q : line.queries()) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<SearchHit> hits = engine.search(SearchRequest.of(q, 10)).hits();
                scores.add(line, q, hits.stream().map(SearchHit::id).toList(), System.nanoTime() - t0);
                cpu += threads.getCurrentThreadCpuTime() - c0;
            }
        }
        SearchQualityBench.writeRanks(scores);
        int[] base = BASELINE_RANKS.get(file);
        return scores.report(String.format("mean %.2f ms/query, CPU %.2f ms/query", scores.meanMs(),
                cpu / 1e6 / Math.max(1, scores.queries())))
                + (base == null ? "" : String.format("%n  paired against the plain baseline, same queries: %s",
                Paired.compare(base, scores.strictRanks())));
    }
}
