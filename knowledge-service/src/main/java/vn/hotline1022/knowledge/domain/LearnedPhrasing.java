package vn.hotline1022.knowledge.domain;

import java.time.Instant;

/** A caller's wording kept when an operator used the entry on a call; it searches like a phrasing. */
public record LearnedPhrasing(String id, String text, String callId, String by, Instant at) {
}
