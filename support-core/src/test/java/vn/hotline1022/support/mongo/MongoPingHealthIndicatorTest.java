package vn.hotline1022.support.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason the indicator exists: Boot's sends {@code hello}; the embedded server answers {@code ping}. */
class MongoPingHealthIndicatorTest {

    @Test
    void upOnTheEmbeddedServerNamingTheDatabase() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
            Health health = new MongoPingHealthIndicator(client.getDatabase("gateway")).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "gateway");
        } finally {
            server.shutdownNow();
        }
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
