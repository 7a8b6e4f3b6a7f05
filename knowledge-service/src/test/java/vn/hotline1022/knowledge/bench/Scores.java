package vn.hotline1022.knowledge.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * recall@1, recall@5 and MRR@10 of one query file, strict (the gold doc_id only: the headline figure) and
 * equivalent-aware (a hit on any of the line's {@code equivalent_doc_ids} counts too), plus per-query latency.
 */
final class Scores {

    private final String name;
    private int n;
    private int at1;
    private int at5;
    private double mrr;
    private int lenientAt5;
    private double lenientMrr;
    private boolean judgesEquivalents;
    private int linesWithEquivalents;
    private long[] nanos = new long[64];
    private int[] strict = new int[64];
    private final StringBuilder ranks = new StringBuilder();

    Scores(String name) {
        this.name = name;
    }

    /** A search under test: a query's top ten ids. */
    interface Searcher {
        List<String> search(String query) throws IOException;
    }

    /** Every query of the file through {@code search}, each call timed. */
    static Scores of(Path file, Searcher search) throws IOException {
        Scores scores = new Scores(file.toString());
        for (QueryLine line : QueryLine.read(file)) {
            scores.line(line);
            for (String q : line.queries()) {
                long t0 = System.nanoTime();
                List<String> ids = search.search(q);
                scores.add(line, q, ids, System.nanoTime() - t0);
            }
        }
        return scores;
    }

    void line(QueryLine line) {
        if (line.equivalents() != null) {
            judgesEquivalents = true;
            linesWithEquivalents += line.equivalents().isEmpty() ? 0 : 1;
        }
    }

    void add(QueryLine line, String query, List<String> hitIds, long queryNanos) {
        int rank = line.strictRank(hitIds);
        ranks.append(line.gold()).append('\t').append(rank).append('\t').append(hitIds.isEmpty() ? "" : hitIds.get(0))
                .append('\t').append(query.replaceAll("\\s+", " ")).append('\n');
        at1 += rank == 1 ? 1 : 0;
        at5 += rank >= 1 && rank <= 5 ? 1 : 0;
        mrr += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
        int lenient = line.lenientRank(hitIds);
        lenientAt5 += lenient >= 1 && lenient <= 5 ? 1 : 0;
        lenientMrr += lenient >= 1 && lenient <= 10 ? 1.0 / lenient : 0;
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
            strict = Arrays.copyOf(strict, n * 2);
        }
        strict[n] = rank;
        nanos[n++] = queryNanos;
    }

    /** The query file's name without its directory and extension. */
    String name() {
        return Path.of(name).getFileName().toString().replaceFirst("\\.jsonl?$", "");
    }

    int queries() {
        return n;
    }

    double recallAt1() {
        return at1 / (double) n;
    }

    double recallAt5() {
        return at5 / (double) n;
    }

    double mrrAt10() {
        return mrr / n;
    }

    double lenientRecallAt5() {
        return lenientAt5 / (double) n;
    }

    double lenientMrrAt10() {
        return lenientMrr / n;
    }

    /** Milliseconds at a percentile (nearest rank) of the per-query times. */
    double percentileMs(double p) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(index, n - 1))] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(nanos, 0, n).sum() / 1e6 / Math.max(n, 1);
    }

    /** Each query's strict rank (-1: not in the top ten), in file order: for paired comparisons of two runs. */
    int[] strictRanks() {
        return Arrays.copyOf(strict, n);
    }

    /** One line per query: gold, strict rank (-1 = not in the top 10), top hit, query; to diff two runs. */
    String ranks() {
        return ranks.toString();
    }

    /** The strict line (same shape as before the HTTP mode, so old and new runs compare) + the equivalent-aware one. */
    String report(String latency) {
        String strict = String.format("%s: queries=%d recall@1=%.3f recall@5=%.3f MRR@10=%.3f (%s)",
                name, n, recallAt1(), recallAt5(), mrrAt10(), latency);
        if (!judgesEquivalents) {
            return strict;
        }
        return strict + String.format("%n  equivalent-aware (a hit on doc_id or any of its equivalent_doc_ids counts; "
                        + "%d lines list equivalents): recall@5=%.3f MRR@10=%.3f",
                linesWithEquivalents, lenientRecallAt5(), lenientMrrAt10());
    }
}
