package vn.hotline1022.routing.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
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

import java.nio.charset.StandardCharsets;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    static final String REASON_HEADER = "hotline-dlt-reason";

    /**
     * Retries a failing record a few times with back-off, then parks it on {@code <topic>.DLT} so that one
     * poison message never blocks its partition. Rejected records skip the retries and carry their reason in the
     * {@code hotline-dlt-reason} header (besides Spring's own exception headers).
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, MeterRegistry registry) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + Topics.DLT_SUFFIX, -1));
        recoverer.setHeadersFunction((record, e) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            Counter.builder("hotline_dlt_messages_total").description("Records parked on a dead-letter topic")
                    .tag("topic", record.topic()).register(registry).increment();
            String reason = String.valueOf(root.getMessage());
            return new RecordHeaders(new RecordHeader[] {
                    new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))});
        });
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(IllegalArgumentException.class, tools.jackson.core.JacksonException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics routingTopics() {
        return new KafkaAdmin.NewTopics(topic(Topics.ESCALATION_ANSWERS), topic(Topics.ESCALATION_ANSWERED),
                topic(Topics.ESCALATION_OVERDUE), topic(Topics.TRANSFER_ATTEMPTED), topic(Topics.TRANSFER_COMPLETED),
                topic(Topics.UNIT_UNREACHABLE), topic(Topics.ESCALATION_ANSWERS + Topics.DLT_SUFFIX),
                topic(Topics.QUESTION_UNANSWERED + Topics.DLT_SUFFIX));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).build();
    }
}
