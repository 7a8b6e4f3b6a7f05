package vn.hotline1022.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The spine on the production engines: a real MongoDB replica set and Apache Kafka in containers.
 * Skipped where no Docker engine runs (as on the project's build machines); runs wherever Docker exists.
 */
@Testcontainers(disabledWithoutDocker = true)
class SpineContainersIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    private static SystemUnderTest sut;

    @BeforeAll
    static void start() throws Exception {
        sut = SystemUnderTest.startWith(KAFKA.getBootstrapServers(), MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void stop() {
        if (sut != null) {
            sut.stop();
        }
    }

    @Test
    void callLoggedThroughGatewayIsCountedByReporting() throws Exception {
        SpineIT.assertCallIsCounted(sut);
    }
}
