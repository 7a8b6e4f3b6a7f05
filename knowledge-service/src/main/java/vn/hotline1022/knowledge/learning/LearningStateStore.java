package vn.hotline1022.knowledge.learning;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The one document all replicas share ({@code learning_state}): the switch, the version to serve, the build lease
 * (one build at a time across replicas) and how the last build went.
 */
@Component
class LearningStateStore {

    static final String COLLECTION = "learning_state";
    private static final String ID = "state";

    private final MongoCollection<Document> state;

    LearningStateStore(MongoDatabase database, LearningProperties properties) {
        this.state = database.getCollection(COLLECTION);
        // the configured switch is only the first value: a supervisor's later choice survives restarts
        state.updateOne(Filters.eq("_id", ID), Updates.combine(Updates.setOnInsert("enabled", properties.enabled()),
                Updates.setOnInsert("activeVersion", null), Updates.setOnInsert("versions", 0L),
                Updates.setOnInsert("lease", null)), new UpdateOptions().upsert(true));
    }

    LearningState read() {
        Document doc = state.find(Filters.eq("_id", ID)).first();
        return doc == null ? LearningState.INITIAL : LearningStateDocuments.state(doc);
    }

    void switchTo(boolean enabled, String by) {
        state.updateOne(Filters.eq("_id", ID), Updates.combine(Updates.set("enabled", enabled),
                Updates.set("switchedBy", by), Updates.set("switchedAt", new Date())));
    }

    /** Takes the lease if nobody holds a live one, and marks the build running in the same write. */
    boolean tryLease(String owner, Duration ttl, LearningStatus.LastBuild running) {
        Date now = new Date();
        return state.findOneAndUpdate(Filters.and(Filters.eq("_id", ID),
                        Filters.or(Filters.eq("lease", null), Filters.lt("lease.until", now))),
                Updates.combine(Updates.set("lease", lease(owner, ttl)),
                        Updates.set("lastBuild", LearningStateDocuments.document(running))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)) != null;
    }

    void renewLease(String owner, Duration ttl) {
        state.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("lease.owner", owner)),
                Updates.set("lease", lease(owner, ttl)));
    }

    void releaseLease(String owner) {
        state.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("lease.owner", owner)), Updates.set("lease", null));
    }

    /** Versions are numbered from one counter, so two builders (a lease that expired under one) never collide. */
    long nextVersion() {
        Document after = state.findOneAndUpdate(Filters.eq("_id", ID), Updates.inc("versions", 1L),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return after.get("versions", Number.class).longValue();
    }

    void activate(long version) {
        state.updateOne(Filters.eq("_id", ID), Updates.set("activeVersion", version));
    }

    /** {@code readAt}: when this build read the log; new uses are counted from there (see RebuildPolicy). */
    void finished(LearningStatus.LastBuild lastBuild, Instant readAt) {
        state.updateOne(Filters.eq("_id", ID), Updates.combine(
                Updates.set("lastBuild", LearningStateDocuments.document(lastBuild)),
                Updates.set("lastRead", Date.from(readAt))));
    }

    private static Document lease(String owner, Duration ttl) {
        return new Document("owner", owner).append("until", Date.from(Instant.now().plus(ttl)));
    }
}
