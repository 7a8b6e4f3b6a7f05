package vn.hotline1022.knowledge;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.MongoFixture;
import vn.hotline1022.testsupport.TestAuth;

import java.util.UUID;

/**
 * What the service's end-to-end tests share: one Mongo-protocol server for the test JVM with a database of its own
 * per application context (so no test class sees another's entries or usage log), the running service, and the
 * desk's two roles.
 */
abstract class KnowledgeIT {

    static final MongoFixture MONGO = new MongoFixture();
    static final HttpHeaders SUPERVISOR = TestAuth.as("gs01", "SUPERVISOR", null);
    static final HttpHeaders OPERATOR = TestAuth.as("tdv01", "OPERATOR", null);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String name = "knowledge-" + UUID.randomUUID();
        registry.add("spring.mongodb.uri", () -> MONGO.uri(name));
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    Api api() {
        return new Api(port);
    }

    String idOf(String externalId) {
        return database.getCollection("entries").find(Filters.eq("externalId", externalId)).first().getString("_id");
    }
}
