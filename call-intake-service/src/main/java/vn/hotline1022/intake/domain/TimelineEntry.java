package vn.hotline1022.intake.domain;

import java.time.Instant;

/**
 * One line of a call's timeline: when, who (an operator, a unit, "routing"), what kind of thing happened and its
 * words. The call, its callbacks and its notes each give theirs; the timeline sorts them together.
 */
public record TimelineEntry(Instant at, String actor, String kind, String text) {
}
