package vn.hotline1022.knowledge.bench;

import vn.hotline1022.knowledge.search.IndexedEntry;
import vn.hotline1022.knowledge.search.LuceneSearchEngine;
import vn.hotline1022.knowledge.search.RankingWeights;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.SearchHit;
import vn.hotline1022.knowledge.search.SearchRequest;
import vn.hotline1022.knowledge.search.SynonymFile;
import vn.hotline1022.knowledge.search.Synonyms;
import vn.hotline1022.knowledge.search.learn.UsagePair;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Does each lexical ranking feature carry over? Every usage-log question is a held-out query for the lexical
 * engine (nothing is trained on it), so the log judges each feature against "without it", beside the plain BM25
 * baseline, without touching the evaluation questions.
 * <pre>
 * mvn -q -pl knowledge-service test-compile exec:java -Dexec.mainClass=vn.hotline1022.knowledge.bench.FeatureBench \
 *   -Dexec.args="../shared/eval/uit-vicov19qa-val/corpus.jsonl ../shared/eval/uit-vicov19qa-val/usage_train.jsonl"
 * </pre>
 */
public final class FeatureBench {

    public static void main(String[] args) throws IOException {
        List<IndexedEntry> corpus = SearchQualityBench.readCorpus(Path.of(args[0]));
        List<UsagePair> log = LearningBench.readUsage(Path.of(args[1]));
        RankingWeights d = RankingWeights.DEFAULT;
        Map<String, RankingWeights> variants = new LinkedHashMap<>();
        variants.put("product (all features)", d);
        variants.put("without syllable bigrams", new RankingWeights(d.title(), d.phrasings(), d.tags(), d.answer(), 0, d.accent(), d.synonym(), d.fuzzy()));
        variants.put("without exact-accent clauses", new RankingWeights(d.title(), d.phrasings(), d.tags(), d.answer(), d.bigram(), 0, d.synonym(), d.fuzzy()));
        variants.put("without synonyms", new RankingWeights(d.title(), d.phrasings(), d.tags(), d.answer(), d.bigram(), d.accent(), 0, d.fuzzy()));
        variants.put("without fuzzy/Telex repair", new RankingWeights(d.title(), d.phrasings(), d.tags(), d.answer(), d.bigram(), d.accent(), d.synonym(), 0));
        variants.put("without field weights", new RankingWeights(1, 1, 1, 1, d.bigram(), d.accent(), d.synonym(), d.fuzzy()));
        try (PlainBm25 baseline = new PlainBm25(corpus)) {
            Scores scores = new Scores("usage log (plain BM25)");
            for (UsagePair pair : log) {
                QueryLine line = new QueryLine(pair.entryId(), null, List.of(pair.question()));
                scores.add(line, pair.question(), baseline.search(pair.question(), 10), 0);
            }
            System.out.printf("%-32s recall@5=%.3f MRR@10=%.3f%n", "plain BM25 baseline", scores.recallAt5(), scores.mrrAt10());
        }
        String only = System.getProperty("bench.only");
        for (var variant : variants.entrySet()) {
            if (only != null && !variant.getKey().contains(only)) {
                continue;
            }
            try (SearchEngine engine = new LuceneSearchEngine(variant.getValue(), Clock.systemUTC())) {
                engine.useSynonyms(variant.getValue().synonym() == 0 ? Synonyms.NONE : SynonymFile.defaults());
                engine.rebuild(corpus.iterator());
                Scores scores = new Scores("usage log");
                for (UsagePair pair : log) {
                    QueryLine line = new QueryLine(pair.entryId(), null, List.of(pair.question()));
                    List<String> ids = engine.search(SearchRequest.of(pair.question(), 10)).hits().stream()
                            .map(SearchHit::id).toList();
                    scores.add(line, pair.question(), ids, 0);
                }
                System.out.printf("%-32s recall@5=%.3f MRR@10=%.3f%n", variant.getKey(), scores.recallAt5(), scores.mrrAt10());
            }
        }
    }
}
