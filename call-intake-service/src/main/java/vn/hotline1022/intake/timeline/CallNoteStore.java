package vn.hotline1022.intake.timeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** {@code call_notes}: notes an operator or supervisor adds to a call, open or closed, one document each. */
@Component
class CallNoteStore {

    private final MongoCollection<Document> notes;

    CallNoteStore(MongoDatabase database) {
        this.notes = database.getCollection("call_notes");
        notes.createIndex(new Document("callId", 1).append("at", 1));
    }

    CallNote add(String callId, String text, String by, Instant at) {
        CallNote note = new CallNote(UUID.randomUUID().toString(), callId, text, by, at);
        notes.insertOne(new Document("_id", note.id()).append("callId", callId).append("text", text).append("by", by)
                .append("at", Date.from(at)));
        return note;
    }

    List<CallNote> of(String callId) {
        List<CallNote> out = new ArrayList<>();
        for (Document d : notes.find(Filters.eq("callId", callId)).sort(Sorts.ascending("at"))) {
            out.add(new CallNote(d.getString("_id"), callId, d.getString("text"), d.getString("by"), d.getDate("at").toInstant()));
        }
        return out;
    }
}
