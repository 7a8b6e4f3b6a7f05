package vn.hotline1022.knowledge.synonym;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.search.SynonymFile;
import vn.hotline1022.knowledge.search.Synonyms;

import java.util.Date;
import java.util.List;

/**
 * The live synonym list: one document in MongoDB, seeded from the shipped defaults the first time. Applied at
 * query time, so an edit takes effect without re-indexing (other replicas pick it up on their next sweep).
 */
@Component
public class SynonymStore {

    private static final String ID = "current";

    private final MongoCollection<Document> synonyms;

    SynonymStore(MongoDatabase database) {
        this.synonyms = database.getCollection("synonyms");
    }

    @SuppressWarnings("unchecked")
    public List<List<String>> groups() {
        Document doc = synonyms.find(Filters.eq("_id", ID)).first();
        if (doc == null) {
            return SynonymFile.defaultGroups();
        }
        return (List<List<String>>) doc.get("groups");
    }

    public Synonyms current() {
        return new Synonyms(groups());
    }

    public void replace(List<List<String>> groups, String by) {
        synonyms.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("groups", groups)
                .append("updatedBy", by).append("updatedAt", new Date()), new ReplaceOptions().upsert(true));
    }
}
