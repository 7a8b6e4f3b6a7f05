package vn.hotline1022.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Per unit: since when all its hotlines failed, and when a dial last connected. A unit is unreachable while the
 * latest "unreachable" is newer than the latest connection. Only {@code $max} is used, so order and replays
 * do not matter.
 */
@Component
public class UnitStatusStore {

    private final MongoCollection<Document> units;

    UnitStatusStore(MongoDatabase database) {
        this.units = database.getCollection("unit_status");
    }

    void unreachable(String unitCode, int numbersTried, Instant since, Instant reportedAt) {
        units.updateOne(Filters.eq("_id", unitCode), Updates.combine(
                Updates.max("unreachableSince", Date.from(since)),
                Updates.max("unreachableReportedAt", Date.from(reportedAt)),
                Updates.set("numbersTried", numbersTried)), new UpdateOptions().upsert(true));
    }

    public void connected(String unitCode, Instant at) {
        units.updateOne(Filters.eq("_id", unitCode), Updates.max("lastConnectedAt", Date.from(at)),
                new UpdateOptions().upsert(true));
    }

    public List<UnreachableUnit> unreachableNow() {
        List<UnreachableUnit> result = new ArrayList<>();
        for (Document d : units.find(Filters.exists("unreachableReportedAt"))) {
            Date reported = d.getDate("unreachableReportedAt");
            Date connected = d.getDate("lastConnectedAt");
            if (connected == null || connected.before(reported)) {
                result.add(new UnreachableUnit(d.getString("_id"), d.getDate("unreachableSince").toInstant(),
                        d.getInteger("numbersTried", 0)));
            }
        }
        return result;
    }

    public record UnreachableUnit(String unitCode, Instant since, int numbersTried) {
    }
}
