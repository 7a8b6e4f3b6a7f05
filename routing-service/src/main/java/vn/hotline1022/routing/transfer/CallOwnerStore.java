package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Routing's copy of one fact intake owns: which operator took which call (from {@code hotline.call.received.v1}).
 * A transfer is planned for a call only by its operator or a supervisor, and only for a call routing knows: the
 * owner rule is checked here, where the transfer will live, so a call id that was never announced must not pass.
 * The event is typically under a second behind intake's 201 and the console asks for a plan right after it, so an
 * unknown call is first waited for (reads a short interval apart, no transaction or lock held, bounded by
 * {@code hotline.transfer.call-known-within}); still unknown, the answer is 409 with Retry-After: routing cannot
 * tell a call that never existed from one whose event is late (ADR-007).
 */
@Component
public class CallOwnerStore {

    /** Between two reads; false when the waiting thread was interrupted (the wait then ends early). */
    interface Pause {
        boolean pause(Duration interval);
    }

    private static final Duration SHORTEST_POLL = Duration.ofMillis(10);

    private final MongoCollection<Document> owners;
    private final TransferMetrics metrics;
    private final Duration knownWithin;
    private final Duration pollInterval;
    private final LongSupplier nanoTime;
    private final Pause pause;

    @Autowired
    CallOwnerStore(MongoDatabase database, TransferMetrics metrics, TransferProperties properties) {
        this(database, metrics, properties.callKnownWithin(), properties.callPollInterval(), System::nanoTime,
                CallOwnerStore::park);
    }

    /** Time and pause are given by unit tests, which step through a wait without waiting. */
    CallOwnerStore(MongoDatabase database, TransferMetrics metrics, Duration knownWithin, Duration pollInterval,
                   LongSupplier nanoTime, Pause pause) {
        this.owners = database.getCollection("call_owners");
        this.metrics = metrics;
        this.knownWithin = knownWithin.isNegative() ? Duration.ZERO : knownWithin;
        this.pollInterval = pollInterval.compareTo(SHORTEST_POLL) < 0 ? SHORTEST_POLL : pollInterval;
        this.nanoTime = nanoTime;
        this.pause = pause;
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

    /**
     * 404 for another operator's call (as if it did not exist); 409 {@link CallNotKnownException} for a call whose
     * call.received has not arrived within the wait, whoever asks.
     */
    void requireMayPlanFor(String callId, CurrentUser user) {
        String owner = awaitOperatorOf(callId).orElseThrow(() -> new CallNotKnownException(callId, knownWithin));
        if (!user.owns(owner)) {
            throw new NotFoundException("routing.call.not-found", callId);
        }
    }

    private Optional<String> awaitOperatorOf(String callId) {
        Optional<String> owner = operatorOf(callId);
        if (owner.isPresent() || knownWithin.isZero()) {
            return owner;
        }
        long deadline = nanoTime.getAsLong() + knownWithin.toNanos();
        metrics.waitingForCall(+1);
        try {
            while (owner.isEmpty() && deadline - nanoTime.getAsLong() > 0) {
                long left = deadline - nanoTime.getAsLong();
                if (!pause.pause(left < pollInterval.toNanos() ? Duration.ofNanos(left) : pollInterval)) {
                    break;
                }
                owner = operatorOf(callId);
            }
        } finally {
            metrics.waitingForCall(-1);
        }
        metrics.callWaitEnded(owner.isPresent());
        return owner;
    }

    private static boolean park(Duration interval) {
        LockSupport.parkNanos(interval.toNanos());
        return !Thread.currentThread().isInterrupted();
    }
}
