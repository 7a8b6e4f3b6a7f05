package vn.hotline1022.localinfra.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A cursor its client abandoned is closed after 10 idle minutes; one in use, exhausted or killed is left alone. */
class CursorExpiryTest {

    private final AtomicLong now = new AtomicLong();
    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> calls;

    @BeforeEach
    void start(@TempDir Path dir) {
        backend = new DurableH2Backend(dir.resolve("store.mv").toString(), StoreTuning.H2_DEFAULTS, now::get);
        server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        calls = client.getDatabase("intake").getCollection("calls");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(new Document("_id", "c" + i).append("question", "Đi từ Hàm Tân vào TP.HCM cần giấy tờ gì?"));
        }
        calls.insertMany(docs);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anAbandonedCursorIsClosedAfterTenIdleMinutes() {
        MongoCursor<Document> abandoned = calls.find().batchSize(5).iterator();
        abandoned.next();   // the client read one batch and gave up; 45 documents wait in the store's heap
        assertThat(backend.openCursors()).isEqualTo(1);

        advance(Duration.ofMinutes(9));
        assertThat(backend.expireCursors()).isZero();
        advance(Duration.ofMinutes(2));
        assertThat(backend.expireCursors()).isEqualTo(1);
        assertThat(backend.openCursors()).isZero();
    }

    @Test
    void aCursorStillReadIsKeptAndOneReadToTheEndOrKilledIsForgotten() {
        MongoCursor<Document> reading = calls.find().batchSize(5).iterator();
        for (int i = 0; i < 6; i++) {
            reading.next();   // the sixth document needs a getMore: the cursor was used now
        }
        advance(Duration.ofMinutes(9));
        for (int i = 0; i < 5; i++) {
            reading.next();
        }
        advance(Duration.ofMinutes(9));
        assertThat(backend.expireCursors()).isZero();

        reading.close();   // killCursors
        assertThat(calls.find().batchSize(5).into(new ArrayList<>())).hasSize(50);   // read to the end
        assertThat(backend.openCursors()).isZero();
        advance(Duration.ofMinutes(30));
        assertThat(backend.expireCursors()).isZero();
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }
}
