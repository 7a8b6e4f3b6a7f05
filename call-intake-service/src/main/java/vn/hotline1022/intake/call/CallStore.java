package vn.hotline1022.intake.call;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.intake.infra.OutboxDocuments;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** The calls collection: each call document carries its own pending events (outbox). */
@Component
class CallStore {

    private final MongoCollection<Document> calls;
    private final OutboxDocuments outbox;

    CallStore(MongoDatabase database, OutboxDocuments outbox) {
        this.calls = database.getCollection("calls");
        this.outbox = outbox;
    }

    Document create(NewCallRequest request, String operator, Instant now) {
        String id = UUID.randomUUID().toString();
        String channel = request.channel() == null ? "PHONE" : request.channel();
        CallReceived event = new CallReceived(id, operator, channel, request.locality(), request.topic(), now, false);
        Document doc = new Document("_id", id)
                .append("callerNumber", request.callerNumber())
                .append("withheld", Boolean.TRUE.equals(request.withheld()))
                .append("channel", channel)
                .append("locality", request.locality())
                .append("topic", request.topic())
                .append("question", request.question())
                .append("operator", operator)
                .append("startedAt", Date.from(now))
                .append("status", "OPEN");
        doc.putAll(outbox.initial(outbox.entry(EventType.CALL_RECEIVED, Topics.CALL_RECEIVED, id, event, now)));
        calls.insertOne(doc);
        return doc;
    }
}
