package vn.hotline1022.knowledge.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * The console searches as the operator types, so one question arrives as a burst of growing queries ("tiem",
 * "tiem vac", "tiem vac xin o ham tan"). A miss counts only once the burst settles: a later query of the same
 * operator that extends or trims the pending one replaces it, and a good hit within the burst cancels it.
 * Not thread-safe; the caller serialises access.
 */
@RequiredArgsConstructor
final class TypingBursts {

    record Miss(String query, String folded, String topic, String locality, String operator, Instant lastTyped) {
    }

    private final Duration settle;
    private final Map<String, Miss> pending = new HashMap<>();

    /** A query with no good hit; returns a previous miss of this operator that is now final, if any. */
    List<Miss> missed(Miss miss) {
        Miss previous = pending.put(miss.operator(), miss);
        return previous == null || sameBurst(previous, miss.folded(), miss.lastTyped()) ? List.of() : List.of(previous);
    }

    /** A query that found a good answer: the operator's pending miss of the same burst was only a step on the way. */
    void answered(String operator, String folded, Instant at) {
        Miss previous = pending.get(operator);
        if (previous != null && sameBurst(previous, folded, at)) {
            pending.remove(operator);
        }
    }

    /** Misses whose operator stopped typing at least {@code settle} ago. */
    List<Miss> settled(Instant now) {
        List<Miss> done = new ArrayList<>();
        pending.values().removeIf(m -> {
            boolean quiet = !m.lastTyped().plus(settle).isAfter(now);
            if (quiet) {
                done.add(m);
            }
            return quiet;
        });
        return done;
    }

    private boolean sameBurst(Miss previous, String folded, Instant at) {
        boolean recent = previous.lastTyped().plus(settle).isAfter(at);
        return recent && (folded.startsWith(previous.folded()) || previous.folded().startsWith(folded));
    }
}
