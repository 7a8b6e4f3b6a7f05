package vn.hotline1022.gateway.auth;

import vn.hotline1022.access.Role;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

    private MongoServer server;
    private MongoClient client;
    private UserStore users;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        users = new UserStore(client.getDatabase("gateway"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static AuthProperties props(String secret, boolean seed) {
        return new AuthProperties(secret, "hotline-1022", Duration.ofMinutes(15), Duration.ofHours(1), seed, List.of(), List.of());
    }

    @Test
    void refusesToStartWhileDemoUsersExist() {
        users.insert(new UserAccount("operator1", "x", "hash", Set.of(Role.OPERATOR), null, true, true, Instant.now()));
        assertThatThrownBy(() -> new ProductionGuard(users, props("a-real-secret-of-at-least-32-bytes!!", false)).afterSingletonsInstantiated())
                .hasMessageContaining("demo users");
    }

    @Test
    void refusesTheLocalSecretAndDemoSeeding() {
        assertThatThrownBy(() -> new ProductionGuard(users, props(AuthProperties.LOCAL_SECRET_PREFIX + "xxxxxxxxxxxxxxxxxxxxxxxxxx", false))
                .afterSingletonsInstantiated()).hasMessageContaining("HOTLINE_JWT_SECRET");
        assertThatThrownBy(() -> new ProductionGuard(users, props("a-real-secret-of-at-least-32-bytes!!", true))
                .afterSingletonsInstantiated()).hasMessageContaining("HOTLINE_SEED_DEMO_USERS");
    }

    @Test
    void startsWithRealUsersOnly() {
        users.insert(new UserAccount("lan.nguyen", "Nguyễn Thị Lan", "hash", Set.of(Role.SUPERVISOR), null, true, false, Instant.now()));
        assertThatCode(() -> new ProductionGuard(users, props("a-real-secret-of-at-least-32-bytes!!", false)).afterSingletonsInstantiated())
                .doesNotThrowAnyException();
    }
}
