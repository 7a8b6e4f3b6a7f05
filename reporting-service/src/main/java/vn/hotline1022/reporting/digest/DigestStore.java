package vn.hotline1022.reporting.digest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.DigestGenerated;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * Issued digests: the letter number (kept when a digest is re-issued) and, in the same write, the
 * {@code hotline.digest.generated.v1} event for the outbox relay.
 */
@Component
class DigestStore {

    private final MongoCollection<Document> digests;
    private final MongoCollection<Document> counters;
    private final OutboxDocuments outbox;

    DigestStore(MongoDatabase database, OutboxDocuments outbox) {
        this.digests = database.getCollection("digests");
        this.counters = database.getCollection("counters");
        this.outbox = outbox;
    }

    /** The number of an issued digest, or null if it was never issued. */
    String numberOf(String unitCode, LocalDate date) {
        Document d = digests.find(Filters.eq("_id", id(unitCode, date))).first();
        return d == null ? null : d.getString("number");
    }

    /** Records the issue of a digest and its event; returns the letter number. */
    String issue(String unitCode, LocalDate date, int questionCount, Instant at) {
        String number = numberOf(unitCode, date);
        if (number == null) {
            number = String.valueOf(next("digest-" + date.getYear()));
        }
        String url = "/api/reports/digests/" + unitCode + "/" + date + ".docx";
        OutboxEvent<DigestGenerated> event = OutboxEvent.of(EventType.DIGEST_GENERATED, id(unitCode, date),
                new DigestGenerated(unitCode, date, questionCount, url), at);
        digests.updateOne(Filters.eq("_id", id(unitCode, date)), Updates.combine(
                Updates.setOnInsert("number", number),
                Updates.set("unitCode", unitCode),
                Updates.set("date", date.toString()),
                Updates.set("questionCount", questionCount),
                Updates.set("generatedAt", Date.from(at)),
                outbox.append(event)), new UpdateOptions().upsert(true));
        return numberOf(unitCode, date);
    }

    private long next(String counter) {
        Document d = counters.findOneAndUpdate(Filters.eq("_id", counter), Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return d.get("seq", Number.class).longValue();
    }

    private static String id(String unitCode, LocalDate date) {
        return unitCode + ":" + date;
    }
}
