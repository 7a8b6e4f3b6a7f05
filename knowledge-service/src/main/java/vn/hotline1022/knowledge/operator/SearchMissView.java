package vn.hotline1022.knowledge.operator;

import java.time.Instant;

/** One line of the supervisors' list of searches that found nothing: the last wording typed and how often. */
record SearchMissView(String query, String normalized, long count, Instant lastSearchedAt) {
}
