package vn.hotline1022.knowledge.operator;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.KnowledgeProperties;
import vn.hotline1022.knowledge.search.VietnameseText;

import java.time.Clock;
import java.util.List;

/**
 * Records a search miss once the operator's typing burst has settled (see {@link TypingBursts}), so supervisors'
 * "top unanswered searches" and the search-missed events show questions, not keystrokes. A miss still waiting when
 * the service stops is lost: it is a statistic, not a call record.
 */
@Component
class PendingMisses {

    private final TypingBursts bursts;
    private final SearchMissStore store;
    private final Clock clock = Clock.systemUTC();

    PendingMisses(SearchMissStore store, KnowledgeProperties properties) {
        this.bursts = new TypingBursts(properties.missSettle());
        this.store = store;
    }

    void missed(String query, String topic, String locality, String operator) {
        List<TypingBursts.Miss> done;
        synchronized (bursts) {
            done = bursts.missed(new TypingBursts.Miss(query.strip(), folded(query), topic, locality, operator, clock.instant()));
        }
        done.forEach(this::record);
    }

    void answered(String query, String operator) {
        synchronized (bursts) {
            bursts.answered(operator, folded(query), clock.instant());
        }
    }

    @Scheduled(fixedDelayString = "${hotline.knowledge.miss-flush-interval:PT1S}")
    void flushSettled() {
        List<TypingBursts.Miss> done;
        synchronized (bursts) {
            done = bursts.settled(clock.instant());
        }
        done.forEach(this::record);
    }

    private void record(TypingBursts.Miss miss) {
        store.record(miss.query(), miss.topic(), miss.locality(), miss.operator());
    }

    private static String folded(String query) {
        return String.join(" ", VietnameseText.fold(query).trim().split("\\s+"));
    }
}
