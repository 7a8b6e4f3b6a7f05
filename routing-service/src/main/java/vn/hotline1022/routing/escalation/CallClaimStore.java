package vn.hotline1022.routing.escalation;

import vn.hotline1022.support.mongo.Inserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * {@code escalation_calls}: one document per call that reached routing as an unanswered question, by whichever
 * path (the operator's escalate on a failed transfer, intake's {@code question.unanswered}, a redelivery), holding
 * the one decision made for it: the open escalation to join, or the id of the new one. The first path to insert
 * decides; every other path, at any time or at the same moment, reads that decision and places the call there, so
 * a citizen is one caller in one escalation, in its count, its callbacks and the unit's letter.
 */
@Component
class CallClaimStore {

    record Claim(String callId, String target, String newId, boolean first) {
    }

    private final MongoCollection<Document> claims;

    CallClaimStore(MongoDatabase database) {
        this.claims = database.getCollection("escalation_calls");
    }

    Claim claim(String callId, String target, String newId, String source, Instant now) {
        if (Inserts.ifAbsent(claims, new Document("_id", callId).append("target", target).append("newId", newId)
                .append("source", source).append("at", Date.from(now)))) {
            return new Claim(callId, target, newId, true);
        }
        Document earlier = claims.find(Filters.eq("_id", callId)).first();
        if (earlier == null) {
            // claims are never deleted: a duplicate key without a document is a store that lost a write
            throw new IllegalStateException("escalation_calls " + callId + ": duplicate key, but no claim to read");
        }
        return new Claim(callId, earlier.getString("target"), earlier.getString("newId"), false);
    }
}
