package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Final ranking of the text matches: answers used often rise a little; an expired, superseded or not yet valid
 * answer sinks and always carries a warning, so it is never read out as current without notice.
 */
final class HitRanker {

    static final String EXPIRED = "EXPIRED";
    static final String SUPERSEDED = "SUPERSEDED";
    static final String NOT_YET_VALID = "NOT_YET_VALID";

    record Candidate(Document doc, double score) {
    }

    private final Clock clock;

    HitRanker(Clock clock) {
        this.clock = clock;
    }

    /** Boosts raise an entry of the call's topic by a quarter and one scoped to its district by a tenth. */
    static final double TOPIC_BOOST = 1.25;
    static final double LOCALITY_BOOST = 1.10;

    List<Candidate> rank(List<Candidate> candidates, int limit) {
        return rank(candidates, limit, null, null);
    }

    List<Candidate> rank(List<Candidate> candidates, int limit, String boostTopic, String boostLocality) {
        List<Candidate> adjusted = new ArrayList<>();
        for (Candidate c : candidates) {
            double usage = c.doc().getField(Fields.USAGE).numericValue().longValue();
            double factor = (1 + 0.05 * Math.log1p(usage)) * (warnings(c.doc()).isEmpty() ? 1.0 : 0.5);
            if (boostTopic != null && boostTopic.equals(c.doc().get(Fields.TOPIC))) {
                factor *= TOPIC_BOOST;
            }
            String scope = c.doc().get(Fields.SCOPE_STORED);
            if (boostLocality != null && scope != null && java.util.Arrays.asList(scope.split(",")).contains(boostLocality)) {
                factor *= LOCALITY_BOOST;
            }
            adjusted.add(new Candidate(c.doc(), c.score() * factor));
        }
        adjusted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return adjusted.subList(0, Math.min(limit, adjusted.size()));
    }

    List<String> warnings(Document doc) {
        Instant now = clock.instant();
        List<String> warnings = new ArrayList<>();
        Instant until = EntryDocuments.instant(doc, Fields.VALID_UNTIL);
        Instant from = EntryDocuments.instant(doc, Fields.VALID_FROM);
        if (until != null && until.isBefore(now)) {
            warnings.add(EXPIRED);
        }
        if (from != null && from.isAfter(now)) {
            warnings.add(NOT_YET_VALID);
        }
        if (doc.get(Fields.SUPERSEDED_BY) != null) {
            warnings.add(SUPERSEDED);
        }
        return warnings;
    }

    SearchHit toHit(Candidate c, Set<String> terms) {
        Document doc = c.doc();
        return new SearchHit(doc.get(Fields.ID), doc.get(Fields.EXTERNAL_ID), doc.get(Fields.QUESTION),
                Snippets.highlight(doc.get(Fields.ANSWER), FoldedTokens.answer(doc), terms), doc.get(Fields.TOPIC),
                Math.round(c.score() * 1000) / 1000.0, EntryDocuments.instant(doc, Fields.VALID_UNTIL), warnings(doc));
    }

    double coverage(Candidate c, List<String> syllables) {
        return Snippets.coverage(syllables, FoldedTokens.vocabulary(c.doc()));
    }
}
