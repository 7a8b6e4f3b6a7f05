package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.MongoFixture;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Number health stored under national digits (before E.164) keeps counting under the E.164 key, once moved. */
class HealthStoreKeysTest {

    private final MongoFixture mongo = new MongoFixture();
    private final MongoClient client = MongoClients.create(mongo.uri("routing"));
    private final MongoDatabase database = client.getDatabase("routing");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aNationalKeyMovesToItsE164KeyOnceAndKeepsItsCounts() {
        database.getCollection("number_health").insertMany(java.util.List.of(
                new Document("_id", "0913680916").append("unitCode", "SO_GTVT").append("consecutiveFailures", 2)
                        .append("version", 3L).append("counts", new Document("BUSY", 2)),
                new Document("_id", "+84972905939").append("unitCode", "SO_LDTBXH").append("consecutiveFailures", 0)
                        .append("version", 1L).append("counts", new Document("CONNECTED", 1))));

        new HealthStore(database);
        Map<String, ?> afterFirst = new HealthStore(database).all();   // a second start finds nothing to move

        assertThat(afterFirst).containsOnlyKeys("+84913680916", "+84972905939");
        HealthStore store = new HealthStore(database);
        assertThat(store.all().get("+84913680916").attempts()).containsEntry("BUSY", 2L);
        assertThat(store.all().get("+84913680916").health().consecutiveFailures()).isEqualTo(2);
        assertThat(database.getCollection("number_health").countDocuments()).isEqualTo(2);
    }
}
