package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The split saga of {@link EscalationSupervision}: calls pulled with the new id chosen up front, then inserted. */
@Component
class EscalationSplits {

    private final EscalationStore store;
    private final Escalations escalations;
    private final RaisedEventDocuments raised;
    private final Clock clock;

    EscalationSplits(EscalationStore store, Escalations escalations, RaisedEventDocuments raised, Clock clock) {
        this.store = store;
        this.escalations = escalations;
        this.raised = raised;
        this.clock = clock;
    }

    /** Moves the given calls into a new escalation of the same unit (published to the unit like any other). */
    Document split(String id, List<String> callIds, String by) {
        Document e = store.find(id)
                .orElseThrow(() -> ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "routing.escalation.not-found", id));
        Set<String> wanted = Set.copyOf(callIds);
        Optional<Document> earlier = e.getList("splits", Document.class, List.of()).stream()
                .filter(s -> Set.copyOf(s.getList("callIds", String.class)).equals(wanted)).findFirst();
        if (earlier.isPresent()) {
            return completeSplit(id, earlier.get());
        }
        requireOpen(e);
        List<Document> calls = e.getList("calls", Document.class, List.of());
        List<Document> moving = calls.stream().filter(c -> wanted.contains(c.getString("callId"))).toList();
        if (moving.stream().map(c -> c.getString("callId")).distinct().count() != wanted.size()) {
            throw new InvalidFieldException("callIds", "routing.escalation.split.foreign-call");
        }
        if (moving.size() == calls.size()) {
            throw new InvalidFieldException("callIds", "routing.escalation.split.keep-one");
        }
        Instant now = clock.instant();
        String newId = UUID.randomUUID().toString();
        Document intent = new Document("into", newId).append("callIds", List.copyOf(callIds)).append("calls", moving)
                .append("by", by).append("at", Date.from(now)).append("applied", false);
        int left = calls.size() - moving.size();
        Bson guard = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("callCount", e.getInteger("callCount")));
        boolean ok = store.update(guard, List.of(Updates.pull("calls", Filters.in("callId", callIds)),
                        Updates.set("callCount", left), Updates.push("splits", intent),
                        Updates.push("history", Escalations.history("SPLIT", by, now).append("into", newId)
                                .append("callIds", callIds))),
                List.of(raised.event(new Document(e).append("callCount", left), now)));
        if (!ok) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.reload");
        }
        return completeSplit(id, intent);
    }

    /** Steps 2 and 3 of a split: the new escalation under its pre-chosen id, then the intent marked applied. */
    Document completeSplit(String sourceId, Document intent) {
        String newId = intent.getString("into");
        Document source = store.find(sourceId).orElseThrow();
        List<Document> moving = intent.getList("calls", Document.class);
        escalations.create(newId, source.getString("unitCode"), source.getString("topic"), source.getString("locality"),
                moving.get(0).getString("question"), moving, "SPLIT_FROM " + sourceId);
        store.update(Filters.and(Filters.eq("_id", sourceId),
                        Filters.elemMatch("splits", Filters.and(Filters.eq("into", newId), Filters.eq("applied", false)))),
                List.of(Updates.set("splits.$.applied", true)), List.of());
        return store.find(newId).orElseThrow();
    }

    private static void requireOpen(Document e) {
        if (!EscalationStatus.OPEN.name().equals(e.getString("status"))) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.getString("status"));
        }
    }
}
