package vn.hotline1022.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventReader;

import java.util.List;

/**
 * Every listener container of every service gets the dead-letter handler ({@link DeadLetters}), and every listener
 * the one event reader, which turns a record that breaks its contract into an exception that handler parks at once.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaOperations.class)
public class KafkaSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, MeterRegistry registry,
                                         ObjectProvider<NotRetryable> notRetryable) {
        List<Class<? extends Exception>> types = notRetryable.orderedStream()
                .flatMap(n -> n.types().stream()).toList();
        return DeadLetters.errorHandler(template, registry, types);
    }

    /** Listeners take {@code EventEnvelope<Payload>} and get it read and checked by the event reader. */
    @Bean
    @ConditionalOnMissingBean(RecordMessageConverter.class)
    RecordMessageConverter typedEvents(EventReader reader) {
        return new TypedEvents(reader);
    }

    /** With the service's JsonMapper, so an event's values read as its request bodies do. */
    @Bean
    @ConditionalOnMissingBean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    /**
     * Kafka's clients report every per-topic metric twice: under the topic's name ({@code hotline.call.received.v1})
     * and under a deprecated copy with underscores ({@code hotline_call_received_v1}). Only the first is kept: half
     * of each service's Prometheus page (reporting's was 1.2 MB) and no lag counted twice by a sum over topics.
     */
    @Bean
    MeterFilter kafkaTopicNamesOnce() {
        return MeterFilter.deny(id -> id.getName().startsWith("kafka.") && underscoredCopy(id.getTag("topic")));
    }

    static boolean underscoredCopy(String topic) {
        return topic != null && topic.startsWith("hotline_") && !topic.contains(".");
    }

    @Bean
    @ConditionalOnMissingBean
    EventBatches eventBatches(EventReader reader) {
        return new EventBatches(reader);
    }
}
