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
import java.util.Map;
import java.util.TreeMap;

/**
 * Reporting's copy of the directory, from routing's {@code hotline.unit.changed.v1}: how to name a unit in a
 * report, a letter or on the wall, and which units nobody can reach by phone. Keeps the highest version per unit,
 * so replays and out-of-order records never roll a unit back.
 */
@Component
public class UnitDirectoryStore {

    /** One unit as reporting knows it. */
    /** {@code retired}: the unit left service; its name still reads in old figures, it is nobody to phone now. */
    public record KnownUnit(String code, String name, boolean transferable, int dialableNumbers, int numbersToCome,
                            boolean retired) {
    }

    private final MongoCollection<Document> units;

    UnitDirectoryStore(MongoDatabase database) {
        this.units = database.getCollection("units");
    }

    void changed(KnownUnit unit, long version, Instant at) {
        try {
            units.updateOne(Filters.and(Filters.eq("_id", unit.code()), Filters.lt("version", version)),
                    Updates.combine(Updates.set("name", unit.name()), Updates.set("transferable", unit.transferable()),
                            Updates.set("dialableNumbers", unit.dialableNumbers()),
                            Updates.set("numbersToCome", unit.numbersToCome()), Updates.set("version", version),
                            Updates.set("retired", unit.retired()),
                            Updates.set("updatedAt", Date.from(at))),
                    new UpdateOptions().upsert(true));
        } catch (com.mongodb.MongoWriteException e) {
            // the filter missed because a newer version is stored: the upsert's duplicate _id means "already newer"
            if (e.getError().getCode() != 11000) {
                throw e;
            }
        }
    }

    /** The unit's name from the directory; before the directory is known, the name derived from its code. */
    public String name(String code) {
        Document d = code == null ? null : units.find(Filters.eq("_id", code)).first();
        return d != null && d.getString("name") != null ? d.getString("name") : UnitNames.of(code);
    }

    /** Names of all known units, by code. */
    public Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        units.find().forEach(d -> names.put(d.getString("_id"), d.getString("name")));
        return names;
    }

    /** False only when the directory is known and has no such unit (a code typed by hand, a unit never created). */
    public boolean mayExist(String code) {
        return units.countDocuments() == 0 || units.find(Filters.eq("_id", code)).first() != null;
    }

    /** Units operators should be able to transfer to, with no number anyone can dial. */
    public List<KnownUnit> withoutDialableNumber() {
        List<KnownUnit> out = new ArrayList<>();
        units.find(Filters.and(Filters.eq("transferable", true), Filters.eq("dialableNumbers", 0),
                        Filters.ne("retired", true)))
                .forEach(d -> out.add(new KnownUnit(d.getString("_id"), d.getString("name"), true, 0,
                        d.getInteger("numbersToCome", 0), false)));
        out.sort(java.util.Comparator.comparing(KnownUnit::name, java.text.Collator.getInstance(new java.util.Locale("vi"))));
        return out;
    }
}
