package vn.hotline1022.localinfra.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed store answers exactly as mongo-java-server's own scans do: the same random writes go to both, and
 * after each one the same random queries (equalities, {@code $in}, ids with conditions, dotted paths into arrays,
 * ranges, counts) must return the same documents in the same order.
 */
class IndexedStoreEquivalenceTest {

    private final Random random = new Random(1022);

    @Test
    void answersAsAScanWouldThroughRandomWrites(@TempDir Path dir) {
        MongoServer indexedServer = new MongoServer(new DurableH2Backend(dir.resolve("indexed.mv").toString()));
        MongoServer plainServer = new MongoServer(H2Backend.inMemory());
        try (MongoClient indexedClient = MongoClients.create("mongodb://127.0.0.1:" + indexedServer.bind().getPort());
             MongoClient plainClient = MongoClients.create("mongodb://127.0.0.1:" + plainServer.bind().getPort())) {
            List<MongoCollection<Document>> both = List.of(indexedClient.getDatabase("t").getCollection("c"),
                    plainClient.getDatabase("t").getCollection("c"));
            for (MongoCollection<Document> c : both) {
                c.createIndex(new Document("phone", 1).append("at", -1));
                c.createIndex(new Document("pending", 1));
                c.createIndex(new Document("calls.callId", 1));
                c.createIndex(new Document("n", 1));
                c.createIndex(new Document("at", 1));
            }
            int compared = 0;
            for (int step = 0; step < 400; step++) {
                Document doc = randomDocument(step);
                Bson filter = randomFilter();
                Bson update = random.nextBoolean() ? Updates.set("pending", random.nextBoolean())
                        : Updates.set("phone", "p" + random.nextInt(20));
                int op = random.nextInt(10);
                for (MongoCollection<Document> c : both) {
                    if (op < 6) {
                        c.insertOne(new Document(doc));
                    } else if (op < 9) {
                        c.updateMany(filter, update);
                    } else {
                        c.deleteMany(Filters.and(filter, Filters.in("_id", "d" + (step - 1), "d" + (step / 2))));
                    }
                }
                for (int q = 0; q < 5; q++) {
                    Bson query = randomFilter();
                    assertThat(ids(both.get(0), query)).as("find %s", query).isEqualTo(ids(both.get(1), query));
                    assertThat(both.get(0).countDocuments(query)).as("count %s", query)
                            .isEqualTo(both.get(1).countDocuments(query));
                    compared++;
                }
            }
            assertThat(both.get(0).countDocuments()).isEqualTo(both.get(1).countDocuments()).isGreaterThan(150);
            assertThat(compared).isEqualTo(2000);
        } finally {
            indexedServer.shutdownNow();
            plainServer.shutdownNow();
        }
    }

    private Document randomDocument(int step) {
        Document d = new Document("_id", "d" + step).append("phone", "p" + random.nextInt(20))
                .append("at", new java.util.Date(1_000L * random.nextInt(1000)))
                .append("status", random.nextBoolean() ? "OPEN" : "CLOSED");
        if (random.nextInt(4) > 0) {
            d.append("pending", random.nextBoolean());
        }
        d.append("n", random.nextBoolean() ? (Object) random.nextInt(5) : (Object) (double) random.nextInt(5));
        List<Document> calls = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            calls.add(new Document("callId", "k" + random.nextInt(30)));
        }
        return d.append("calls", calls);
    }

    private Bson randomFilter() {
        return switch (random.nextInt(14)) {
            case 9 -> Filters.and(Filters.gte("at", new java.util.Date(1_000L * random.nextInt(1000))),
                    Filters.lt("at", new java.util.Date(1_000L * random.nextInt(1000))));
            case 10 -> Filters.gt("at", new java.util.Date(1_000L * random.nextInt(1000)));
            case 11 -> random.nextBoolean() ? Filters.gt("n", 1.5) : Filters.lte("n", random.nextInt(5));
            case 12 -> Filters.and(Filters.eq("status", "OPEN"), Filters.gte("n", 2), Filters.lt("n", 4.0));
            case 13 -> Filters.gte("phone", "p1" + random.nextInt(10));   // a string range: not indexed here
            case 0 -> Filters.eq("phone", "p" + random.nextInt(20));
            case 1 -> Filters.and(Filters.eq("phone", "p" + random.nextInt(20)),
                    Filters.gte("at", new java.util.Date(1_000L * random.nextInt(1000))));
            case 2 -> Filters.eq("pending", random.nextBoolean());
            case 3 -> Filters.and(Filters.eq("_id", "d" + random.nextInt(400)), Filters.eq("status", "OPEN"));
            case 4 -> Filters.and(Filters.in("_id", "d" + random.nextInt(400), "d" + random.nextInt(400)),
                    Filters.ne("pending", true));
            case 5 -> Filters.eq("calls.callId", "k" + random.nextInt(30));
            case 6 -> Filters.eq("n", random.nextBoolean() ? (Object) random.nextInt(5) : (Object) 2.0);
            case 7 -> Filters.in("phone", "p" + random.nextInt(20), "p" + random.nextInt(20));
            default -> Filters.and(Filters.eq("status", "OPEN"), Filters.eq("pending", true));
        };
    }

    private static List<Object> ids(MongoCollection<Document> c, Bson query) {
        List<Object> ids = new ArrayList<>();
        c.find(query).sort(Sorts.ascending("_id")).forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
