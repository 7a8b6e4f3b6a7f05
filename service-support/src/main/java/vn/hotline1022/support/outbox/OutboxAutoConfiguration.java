package vn.hotline1022.support.outbox;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.support.mongo.MongoSupportAutoConfiguration;

@AutoConfiguration(after = MongoSupportAutoConfiguration.class,
        afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnClass(KafkaTemplate.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    OutboxDocuments outboxDocuments(JsonMapper json) {
        return new OutboxDocuments(json);
    }

    @Bean
    @ConditionalOnBean(OutboxCollection.class)
    OutboxRelay outboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, MeterRegistry registry,
                            ObjectProvider<OutboxCollection> aggregates) {
        return new OutboxRelay(database, kafka, registry, aggregates.orderedStream().toList());
    }
}
