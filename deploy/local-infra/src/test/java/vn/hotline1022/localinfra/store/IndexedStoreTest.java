package vn.hotline1022.localinfra.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local store answers the services' lookups from indexes and gives the same answers a scan would: equality on a
 * non-unique index's first key (numbers by value, arrays of sub-documents, {@code $in}), {@code _id} with more
 * conditions, and after a restart on the same file.
 */
class IndexedStoreTest {

    @Test
    void equalityLookupsAndConditionalUpdatesAreServedWithoutAScan(@TempDir Path dir) {
        String file = dir.resolve("store.mv").toString();
        withStore(file, calls -> {
            calls.createIndex(new Document("callerNumber", 1).append("startedAt", -1));
            calls.createIndex(new Document("outboxPending", 1));
            calls.createIndex(new Document("calls.callId", 1));
            calls.createIndex(new Document("rank", 1));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                docs.add(new Document("_id", "c" + i).append("callerNumber", "+8490" + (i % 50))
                        .append("startedAt", new java.util.Date(1_000_000L * i)).append("status", "OPEN")
                        .append("outboxPending", i % 100 == 0).append("rank", i % 7)
                        .append("calls", List.of(new Document("callId", "k" + i), new Document("callId", "k" + (i + 1)))));
            }
            calls.insertMany(docs);
            long before = DurableH2Backend.scans();

            assertThat(ids(calls.find(Filters.and(Filters.eq("callerNumber", "+84907"),
                    Filters.gte("startedAt", new java.util.Date(300_000_000L)))))).containsExactlyInAnyOrder(
                    "c307", "c357", "c407", "c457", "c507", "c557");
            assertThat(ids(calls.find(Filters.eq("outboxPending", true)))).containsExactlyInAnyOrder(
                    "c0", "c100", "c200", "c300", "c400", "c500");
            assertThat(ids(calls.find(Filters.eq("calls.callId", "k10")))).containsExactlyInAnyOrder("c9", "c10");
            assertThat(calls.countDocuments(Filters.eq("rank", 3.0))).isEqualTo(86);   // 3.0 == 3 in MongoDB
            assertThat(ids(calls.find(Filters.in("outboxPending", List.of(true))))).hasSize(6);

            // compare-and-set by id: the first close wins, the second finds the call no longer OPEN
            assertThat(calls.updateOne(Filters.and(Filters.eq("_id", "c5"), Filters.eq("status", "OPEN")),
                    Updates.set("status", "CLOSED")).getModifiedCount()).isEqualTo(1);
            assertThat(calls.updateOne(Filters.and(Filters.eq("_id", "c5"), Filters.eq("status", "OPEN")),
                    Updates.set("status", "CLOSED")).getModifiedCount()).isZero();
            assertThat(calls.updateMany(Filters.and(Filters.in("_id", List.of("c0", "c100", "nope")),
                    Filters.eq("status", "OPEN")), Updates.set("outboxPending", false)).getModifiedCount()).isEqualTo(2);
            // the index follows updates and deletes
            assertThat(ids(calls.find(Filters.eq("outboxPending", true)))).containsExactlyInAnyOrder(
                    "c200", "c300", "c400", "c500");
            calls.deleteOne(Filters.eq("_id", "c200"));
            assertThat(ids(calls.find(Filters.eq("outboxPending", true)))).containsExactlyInAnyOrder(
                    "c300", "c400", "c500");
            assertThat(DurableH2Backend.scans() - before).as("queries that scanned").isZero();

            // what no index serves still answers, by a scan
            assertThat(calls.countDocuments(Filters.gte("startedAt", new java.util.Date(599_000_000L)))).isEqualTo(1);
            assertThat(DurableH2Backend.scans() - before).isEqualTo(1);
            // a range of dates, as reporting asks for a day, once the key has an index of its own
            calls.createIndex(new Document("startedAt", 1));
            long ranged = DurableH2Backend.scans();
            assertThat(ids(calls.find(Filters.and(Filters.gte("startedAt", new java.util.Date(597_000_000L)),
                    Filters.lt("startedAt", new java.util.Date(599_000_000L)))))).containsExactlyInAnyOrder("c597", "c598");
            assertThat(calls.countDocuments(Filters.gt("rank", 5))).isEqualTo(85);
            assertThat(DurableH2Backend.scans() - ranged).isZero();
        });
        // reopened on the same file: the indexes are rebuilt from the documents
        withStore(file, calls -> {
            long before = DurableH2Backend.scans();
            assertThat(ids(calls.find(Filters.eq("outboxPending", true)))).containsExactlyInAnyOrder(
                    "c300", "c400", "c500");
            assertThat(ids(calls.find(Filters.and(Filters.eq("_id", "c5"), Filters.eq("status", "CLOSED")))))
                    .containsExactly("c5");
            assertThat(DurableH2Backend.scans() - before).isZero();
        });
    }

    private static List<String> ids(Iterable<Document> found) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static void withStore(String file, Consumer<MongoCollection<Document>> work) {
        DurableH2Backend backend = new DurableH2Backend(file);
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client.getDatabase("intake").getCollection("calls"));
        } finally {
            server.shutdownNow();
        }
    }
}
