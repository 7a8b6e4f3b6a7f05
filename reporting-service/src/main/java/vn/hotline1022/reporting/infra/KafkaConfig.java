package vn.hotline1022.reporting.infra;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    /**
     * Retries a failing record a few times with back-off, then parks it on {@code <topic>.DLT} so that one
     * poison message never blocks its partition. Each parked record is counted so ops get an alert.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, MeterRegistry registry) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DeadLetterPublishingRecoverer dlt = new DeadLetterPublishingRecoverer(template);
        ConsumerRecordRecoverer counted = (record, exception) -> {
            dlt.accept(record, exception);
            registry.counter("hotline_dlt_messages_total", "topic", record.topic()).increment();
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(counted, backOff);
        handler.addNotRetryableExceptions(IllegalArgumentException.class, tools.jackson.core.JacksonException.class,
                java.time.format.DateTimeParseException.class, NullPointerException.class);
        return handler;
    }
}
