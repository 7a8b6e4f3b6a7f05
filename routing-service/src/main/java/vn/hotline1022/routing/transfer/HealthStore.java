package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.support.mongo.Inserts;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.transfer.domain.AttemptOutcome;
import vn.hotline1022.routing.transfer.domain.CoolDownPolicy;
import vn.hotline1022.routing.transfer.domain.DialledNumber;
import vn.hotline1022.routing.transfer.domain.NumberHealth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code number_health}: per number, the run of failures, cool-down and outcome counts. Shared by all operators
 * and replicas; updated read-compute-write with a version check so the domain policy stays the one source of truth.
 *
 * <p>Planning reads a copy in memory ({@link #cached}) instead of querying per plan: it is updated at once by this
 * replica's own attempts (by version, so an older refresh never overwrites a newer attempt) and re-read every
 * {@code hotline.transfer.health-cache-refresh} (1 s) for the other replicas' attempts. The cost is that a number
 * another replica just put into cool-down can be offered for up to that second; the operator's dial then fails
 * and the plan moves on, as for any busy line. Recording an attempt and the unreachable check still read MongoDB.
 */
@Component
class HealthStore {

    private record Versioned(long version, NumberHealth health) {
    }

    private final MongoCollection<Document> health;
    private final Map<String, Versioned> cache = new ConcurrentHashMap<>();

    HealthStore(MongoDatabase database) {
        this.health = database.getCollection("number_health");
        health.createIndex(new Document("unitCode", 1));
        keyInE164();
        refreshCache();
    }

    /**
     * Numbers were keyed by their national digits before they were stored in E.164: such a record moves to its E.164
     * key once, at start-up, so its failures and cool-down still count. Idempotent: a key already taken wins.
     */
    private void keyInE164() {
        for (Document old : health.find().into(new ArrayList<>())) {
            String e164 = PhoneNumbers.normalize(old.getString("_id"));
            if (e164 != null && !e164.equals(old.getString("_id"))) {
                Inserts.ifAbsent(health, new Document(old).append("_id", e164));
                health.deleteOne(Filters.eq("_id", old.get("_id")));
            }
        }
    }

    @Scheduled(fixedDelayString = "${hotline.transfer.health-cache-refresh:PT1S}")
    void refreshCache() {
        health.find().forEach(d -> remember(((Number) d.get("version")).longValue(), fromDocument(d)));
    }

    /** The numbers' health as last seen (see the class comment); numbers never dialled are absent. */
    Map<String, NumberHealth> cached(Collection<String> numbers) {
        Map<String, NumberHealth> found = new HashMap<>();
        for (String n : numbers) {
            Versioned v = cache.get(n);
            if (v != null) {
                found.put(n, v.health());
            }
        }
        return found;
    }

    private void remember(long version, NumberHealth h) {
        cache.merge(h.number(), new Versioned(version, h), (old, now) -> now.version() >= old.version() ? now : old);
    }

    Map<String, NumberHealth> load(Collection<String> numbers) {
        Map<String, NumberHealth> found = new HashMap<>();
        if (!numbers.isEmpty()) {
            health.find(Filters.in("_id", numbers)).forEach(d -> found.put(d.getString("_id"), fromDocument(d)));
        }
        return found;
    }

    /** Every number ever dialled, by number. */
    Map<String, DialledNumber> all() {
        Map<String, DialledNumber> out = new HashMap<>();
        health.find().forEach(d -> out.put(d.getString("_id"), dialled(d)));
        return out;
    }

    static DialledNumber dialled(Document d) {
        Map<String, Long> counts = new LinkedHashMap<>();
        d.get("counts", new Document()).forEach((outcome, n) -> counts.put(outcome, ((Number) n).longValue()));
        return new DialledNumber(fromDocument(d), counts);
    }

    /** Returns the health before and after this attempt. */
    NumberHealth[] record(String number, String unitCode, AttemptOutcome outcome, Instant now, CoolDownPolicy policy) {
        for (int retry = 0; retry < 10; retry++) {
            Document current = health.find(Filters.eq("_id", number)).first();
            NumberHealth before = current == null ? NumberHealth.fresh(number, unitCode) : fromDocument(current);
            NumberHealth after = policy.after(before, outcome, now);
            if (current == null ? insert(after, outcome) : update(current, after, outcome)) {
                remember(current == null ? 1L : ((Number) current.get("version")).longValue() + 1, after);
                return new NumberHealth[] {before, after};
            }
        }
        throw new ConcurrentModificationException("number_health " + number);
    }

    private boolean insert(NumberHealth h, AttemptOutcome outcome) {
        return Inserts.ifAbsent(health, fields(h).append("_id", h.number()).append("version", 1L)
                .append("counts", new Document(outcome.name(), 1)));
    }

    private boolean update(Document current, NumberHealth h, AttemptOutcome outcome) {
        List<org.bson.conversions.Bson> ops = new ArrayList<>();
        fields(h).forEach((k, v) -> ops.add(Updates.set(k, v)));
        ops.add(Updates.inc("version", 1L));
        ops.add(Updates.inc("counts." + outcome.name(), 1));
        return health.updateOne(Filters.and(Filters.eq("_id", h.number()), Filters.eq("version", current.get("version"))),
                Updates.combine(ops)).getModifiedCount() == 1;
    }

    private static Document fields(NumberHealth h) {
        return new Document("unitCode", h.unitCode()).append("consecutiveFailures", h.consecutiveFailures())
                .append("coolingUntil", h.coolingUntil() == null ? null : Date.from(h.coolingUntil()))
                .append("lastUsedAt", h.lastUsedAt() == null ? null : Date.from(h.lastUsedAt()));
    }

    static NumberHealth fromDocument(Document d) {
        Date cooling = d.getDate("coolingUntil");
        Date used = d.getDate("lastUsedAt");
        return new NumberHealth(d.getString("_id"), d.getString("unitCode"), d.getInteger("consecutiveFailures", 0),
                cooling == null ? null : cooling.toInstant(), used == null ? null : used.toInstant());
    }
}
