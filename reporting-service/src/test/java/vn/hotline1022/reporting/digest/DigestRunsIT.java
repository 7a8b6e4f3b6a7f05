package vn.hotline1022.reporting.digest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hotline1022.reporting.EmbeddedMongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Several reporting replicas firing the 17:00 job together: exactly one issues the day's digests. */
class DigestRunsIT {

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri("digest-runs"));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void oneReplicaOfManyClaimsTheDay() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 23);
        Instant at = Instant.parse("2021-08-23T10:00:00Z");
        ExecutorService replicas = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String owner = "replica-" + i;
                DigestRunStore runs = new DigestRunStore(client.getDatabase("digest-runs"));
                claims.add(() -> runs.claim(day, owner, at));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> f : replicas.invokeAll(claims)) {
                won.add(f.get());
            }
            assertThat(won).containsOnlyOnce(true);
            int winner = won.indexOf(true);
            DigestRunStore runs = new DigestRunStore(client.getDatabase("digest-runs"));
            assertThat(runs.owner(day)).isEqualTo("replica-" + winner);
            assertThat(runs.claim(day, "late-replica", at.plusSeconds(60))).isFalse();
            assertThat(runs.claim(day.plusDays(1), "late-replica", at.plusSeconds(86_400))).isTrue();

            runs.finished(day, 3, at.plusSeconds(5));
            assertThat(client.getDatabase("digest-runs").getCollection("digestRuns")
                    .find(Filters.eq("_id", day.toString())).first().getInteger("issued"))
                    .isEqualTo(3);
        } finally {
            replicas.shutdownNow();
        }
    }
}
