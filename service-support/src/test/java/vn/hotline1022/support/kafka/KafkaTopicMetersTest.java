package vn.hotline1022.support.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicMetersTest {

    @Test
    void eachTopicsKafkaMetersAreKeptOnceUnderItsRealName() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new KafkaSupportAutoConfiguration().kafkaTopicNamesOnce());

        registry.gauge("kafka.consumer.fetch.manager.records.lag", java.util.List.of(
                io.micrometer.core.instrument.Tag.of("topic", "hotline.call.received.v1")), 7);
        registry.gauge("kafka.consumer.fetch.manager.records.lag", java.util.List.of(
                io.micrometer.core.instrument.Tag.of("topic", "hotline_call_received_v1")), 7);
        registry.gauge("kafka.consumer.fetch.manager.records.lag.max", 3);
        registry.gauge("hotline.outbox.backlog", java.util.List.of(
                io.micrometer.core.instrument.Tag.of("topic", "hotline_not_kafka")), 1);

        assertThat(registry.find("kafka.consumer.fetch.manager.records.lag").meters())
                .extracting(m -> m.getId().getTag("topic")).containsExactly("hotline.call.received.v1");
        assertThat(registry.find("kafka.consumer.fetch.manager.records.lag.max").meters()).hasSize(1);
        assertThat(registry.find("hotline.outbox.backlog").meters()).hasSize(1);
    }
}
