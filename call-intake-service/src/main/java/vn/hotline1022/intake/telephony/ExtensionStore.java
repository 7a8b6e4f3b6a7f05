package vn.hotline1022.intake.telephony;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.mongo.Inserts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@code cti_extensions}: what the switchboard sends for a desk user (extension, SIP user or the user's name) → the
 * desk login. A removed mapping stays as a tombstone, so the configuration's seed does not bring it back at the
 * next start.
 */
@Component
class ExtensionStore {

    /** One mapping; {@code login} null once removed. */
    record Mapping(String extension, String login, String by, Instant at) {
    }

    private final MongoCollection<Document> extensions;

    ExtensionStore(MongoDatabase database) {
        this.extensions = database.getCollection("cti_extensions");
    }

    Optional<String> loginFor(String extension) {
        return Optional.ofNullable(extensions.find(Filters.eq("_id", extension)).first())
                .map(d -> d.getString("login"));
    }

    List<Mapping> active() {
        List<Mapping> out = new ArrayList<>();
        extensions.find(Filters.ne("login", null)).sort(Sorts.ascending("_id")).forEach(d -> out.add(mapping(d)));
        return out;
    }

    void put(String extension, String login, String by, Instant at) {
        extensions.replaceOne(Filters.eq("_id", extension), document(extension, login, by, at),
                new ReplaceOptions().upsert(true));
    }

    /** Only when no mapping (nor tombstone) exists: the configuration seeds, it never overrides the admin. */
    void seed(String extension, String login, Instant at) {
        Inserts.ifAbsent(extensions, document(extension, login, "cấu hình", at));
    }

    private static Document document(String extension, String login, String by, Instant at) {
        return new Document("_id", extension).append("login", login).append("by", by).append("at", Date.from(at));
    }

    private static Mapping mapping(Document d) {
        Date at = d.getDate("at");
        return new Mapping(d.getString("_id"), d.getString("login"), d.getString("by"), at == null ? null : at.toInstant());
    }
}
