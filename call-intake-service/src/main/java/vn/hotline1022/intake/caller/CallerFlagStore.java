package vn.hotline1022.intake.caller;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.caller.domain.FlagKind;
import vn.hotline1022.support.mongo.Inserts;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The supervisors' prank/abuse list, one document per number (its E.164 is the _id). */
@Component
public class CallerFlagStore {

    private final MongoCollection<Document> flags;

    CallerFlagStore(MongoDatabase database) {
        this.flags = database.getCollection("callerFlags");
    }

    public Optional<CallerFlag> find(String e164) {
        return Optional.ofNullable(flags.find(Filters.eq("_id", e164)).first()).map(CallerFlagStore::toFlag);
    }

    /** @return false when the number is flagged already */
    boolean create(CallerFlag flag) {
        return Inserts.ifAbsent(flags, toDocument(flag));
    }

    /** @return false when the number was not flagged */
    boolean replace(CallerFlag flag) {
        return flags.replaceOne(Filters.eq("_id", flag.callerNumber()), toDocument(flag), new ReplaceOptions())
                .getMatchedCount() == 1;
    }

    boolean delete(String e164) {
        return flags.deleteOne(Filters.eq("_id", e164)).getDeletedCount() == 1;
    }

    List<CallerFlag> list(int page, int size) {
        List<CallerFlag> result = new ArrayList<>();
        flags.find().sort(Sorts.descending("flaggedAt")).skip(page * size).limit(size)
                .forEach(d -> result.add(toFlag(d)));
        return result;
    }

    private static Document toDocument(CallerFlag f) {
        return new Document("_id", f.callerNumber()).append("kind", f.kind().name()).append("reason", f.reason())
                .append("flaggedBy", f.flaggedBy()).append("flaggedAt", Date.from(f.flaggedAt()))
                .append("blocked", f.blocked());
    }

    private static CallerFlag toFlag(Document d) {
        return new CallerFlag(d.getString("_id"), FlagKind.valueOf(d.getString("kind")), d.getString("reason"),
                d.getString("flaggedBy"), d.getDate("flaggedAt").toInstant(), d.getBoolean("blocked", false));
    }
}
