package vn.hotline1022.knowledge.learning;

import java.time.Instant;

/**
 * The state all replicas share, as read: the switch, the version to serve, until when the build lease is held
 * (null: free), how the last build went and when a build last read the usage log (null: never).
 */
record LearningState(boolean enabled, Long activeVersion, Instant leaseUntil, LearningStatus.LastBuild lastBuild,
                     Instant lastRead) {

    /** Before the state is first written: learning on, nothing built. */
    static final LearningState INITIAL = new LearningState(true, null, null, null, null);

    boolean leaseHeld(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now);
    }
}
