package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Routing's copy of one fact intake owns: which operator took which call (from {@code hotline.call.received.v1}).
 * A transfer is planned for a call only by its operator or a supervisor. A call routing has not heard of yet (the
 * event is typically under a second behind the 201) is let through: its id was only ever shown to its operator.
 */
@Component
public class CallOwnerStore {

    private final MongoCollection<Document> owners;

    CallOwnerStore(MongoDatabase database) {
        this.owners = database.getCollection("call_owners");
    }

    /** Who took a call, as call.received says. */
    record CallOwner(String callId, String operator, Instant receivedAt) {
    }

    /** Idempotent: a redelivered event writes the same fact again. One write (one durable commit) for a poll. */
    void recordAll(List<CallOwner> calls) {
        owners.bulkWrite(calls.stream().map(c -> new UpdateOneModel<Document>(Filters.eq("_id", c.callId()),
                Updates.combine(Updates.set("operator", c.operator()), Updates.setOnInsert("receivedAt",
                        c.receivedAt() == null ? null : Date.from(c.receivedAt()))),
                new UpdateOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(true));
    }

    Optional<String> operatorOf(String callId) {
        Document doc = owners.find(Filters.eq("_id", callId)).first();
        return doc == null ? Optional.empty() : Optional.ofNullable(doc.getString("operator"));
    }

    void requireMayPlanFor(String callId, CurrentUser user) {
        operatorOf(callId).filter(owner -> !user.owns(owner)).ifPresent(owner -> {
            throw new NotFoundException("routing.call.not-found", callId);
        });
    }
}
