package vn.hotline1022.intake.infra;

import org.apache.kafka.clients.admin.NewTopic;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.hotline1022.contracts.Topics;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    /**
     * Retries a failing record a few times with back-off, then parks it on {@code <topic>.DLT} so that one
     * poison message never blocks its partition.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, MeterRegistry registry) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DeadLetterPublishingRecoverer toDlt = new DeadLetterPublishingRecoverer(template);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            toDlt.accept(record, exception);
            registry.counter("hotline.dlt.messages", "topic", record.topic()).increment();
        }, backOff);
        handler.addNotRetryableExceptions(IllegalArgumentException.class, tools.jackson.core.JacksonException.class,
                vn.hotline1022.intake.domain.InvalidValueException.class, java.time.format.DateTimeParseException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics intakeTopics() {
        return new KafkaAdmin.NewTopics(
                topic(Topics.CALL_RECEIVED), topic(Topics.CALL_CLOSED), topic(Topics.QUESTION_UNANSWERED));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).build();
    }
}
