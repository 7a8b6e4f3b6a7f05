package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Round-robin position per unit, shared by every operator and replica (one atomic increment per plan). */
@Component
class RotationStore {

    private final MongoCollection<Document> cursors;

    RotationStore(MongoDatabase database) {
        this.cursors = database.getCollection("rotation_cursors");
    }

    long next(String unitCode) {
        Document d = cursors.findOneAndUpdate(new Document("_id", unitCode), Updates.inc("n", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return d == null ? 0 : ((Number) d.get("n")).longValue() - 1;
    }
}
