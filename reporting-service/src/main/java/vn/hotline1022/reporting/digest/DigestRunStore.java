package vn.hotline1022.reporting.digest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.mongo.Inserts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * Which replica issues a day's digests: the first to insert the day's run document (its _id is the date) wins,
 * the others skip. Without it every replica's 17:00 job issued each digest again: a second event to the unit and
 * a letter number spent for nothing. A run that never finishes (the replica died) is visible here and in
 * {@code hotline_digests_generated_total}; the digests are then issued on demand (docs/operations.md).
 */
@Component
class DigestRunStore {

    private final MongoCollection<Document> runs;

    DigestRunStore(MongoDatabase database) {
        this.runs = database.getCollection("digestRuns");
    }

    boolean claim(LocalDate date, String owner, Instant at) {
        return Inserts.ifAbsent(runs, new Document("_id", date.toString()).append("owner", owner)
                .append("claimedAt", Date.from(at)));
    }

    void finished(LocalDate date, int issued, Instant at) {
        runs.updateOne(Filters.eq("_id", date.toString()),
                Updates.combine(Updates.set("issued", issued), Updates.set("finishedAt", Date.from(at))));
    }

    /** Who claimed the day's run, or null. */
    String owner(LocalDate date) {
        Document run = runs.find(Filters.eq("_id", date.toString())).first();
        return run == null ? null : run.getString("owner");
    }
}
