package vn.hotline1022.support.mongo;

import com.mongodb.client.MongoDatabase;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Boot's own Mongo indicator sends {@code hello}, which the embedded mongo-java-server does not know; {@code ping}
 * is answered by both it and a real replica set.
 */
@RequiredArgsConstructor
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
