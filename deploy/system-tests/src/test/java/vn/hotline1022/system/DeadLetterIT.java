package vn.hotline1022.system;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #16: one dead-letter convention everywhere. A poison record on every topic a service consumes ends on
 * {@code <topic>.DLT}, in the same partition, with the reason and the original coordinates in headers, and is
 * counted by the consuming service's {@code hotline_dlt_messages_total{topic}}. #12: so does an event that is JSON
 * but breaks its contract, with the field named. (The per-unit escalation topics, read by pattern, are left out.)
 */
class DeadLetterIT extends SystemTest {

    /** Every consumed topic and the services that consume it (docs/asyncapi.yaml). */
    private static final Map<String, List<String>> CONSUMED = Map.ofEntries(
            Map.entry(Topics.TRANSFER_COMPLETED, List.of("call-intake-service", "reporting-service")),
            Map.entry(Topics.QUESTION_UNANSWERED, List.of("routing-service")),
            Map.entry(Topics.ESCALATION_ANSWERS, List.of("routing-service")),
            Map.entry(Topics.CALL_RECEIVED, List.of("routing-service", "reporting-service")),
            Map.entry(Topics.ESCALATION_ANSWERED, List.of("call-intake-service", "knowledge-service", "reporting-service")),
            Map.entry(Topics.KNOWLEDGE_CHANGED, List.of("knowledge-service", "reporting-service")),
            Map.entry(Topics.CALL_CLOSED, List.of("reporting-service")),
            Map.entry(Topics.TRANSFER_ATTEMPTED, List.of("reporting-service")),
            Map.entry(Topics.UNIT_UNREACHABLE, List.of("reporting-service")),
            Map.entry(Topics.UNIT_CHANGED, List.of("reporting-service")),
            Map.entry(Topics.SWITCHBOARD_DIALLED, List.of("routing-service")),
            Map.entry(Topics.SWITCHBOARD_CALL_ENDED, List.of("reporting-service")),
            Map.entry(Topics.ESCALATION_OVERDUE, List.of("reporting-service")),
            Map.entry(Topics.KNOWLEDGE_SEARCH_MISSED, List.of("reporting-service")));

    @Test
    void poisonOnEveryConsumedTopicIsParkedOnItsDltInTheSamePartitionAndCounted() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> parked = sendToEveryConsumedTopicAndAwaitParked(key, topic -> "{ not json");
        for (ConsumerRecord<String, String> r : parked) {
            String source = r.topic().substring(0, r.topic().length() - Topics.DLT_SUFFIX.length());
            assertThat(r.partition()).as(r.topic()).isEqualTo(1);
            assertThat(header(r, "hotline-dlt-original-topic")).isEqualTo(source);
            assertThat(header(r, "hotline-dlt-original-partition")).isEqualTo("1");
            assertThat(header(r, "hotline-dlt-original-offset")).isNotBlank();
            assertThat(header(r, "hotline-dlt-reason")).startsWith("MALFORMED_JSON: ");
            assertThat(r.value()).isEqualTo("{ not json");
        }
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, List<String>> e : CONSUMED.entrySet()) {
            for (String service : e.getValue()) {
                String metrics = http.send(HttpRequest.newBuilder(URI.create(sut.service(service) + "/actuator/prometheus")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(metrics).as(service + " counts " + e.getKey())
                        .containsPattern("hotline_dlt_messages_total\\{[^}]*topic=\"" + e.getKey().replace(".", "\\.") + "\"");
            }
        }
    }

    /** #12: valid JSON that breaks its event's contract is parked at once, with the missing field named. */
    @Test
    void anEventWithoutARequiredFieldIsParkedNamingTheField() throws Exception {
        String key = "incomplete-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> parked = sendToEveryConsumedTopicAndAwaitParked(key, topic -> """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","key":"%s","payload":{}}"""
                .formatted(UUID.randomUUID(), typeOf(topic).logicalName(), Instant.now(), key));

        assertThat(parked).allSatisfy(r -> assertThat(header(r, "hotline-dlt-reason")).as(r.topic())
                .matches("payload\\.[a-zA-Z]+: bắt buộc"));
    }

    private static EventType typeOf(String topic) {
        return Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic)).findFirst().orElseThrow();
    }

    /** Sends one record to partition 1 of every consumed topic, then waits until each has one on its DLT. */
    private static List<ConsumerRecord<String, String>> sendToEveryConsumedTopicAndAwaitParked(
            String key, Function<String, String> value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String topic : CONSUMED.keySet()) {
                producer.send(new ProducerRecord<>(topic, 1, key, value.apply(topic))).get();
            }
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrap());
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID());
        List<ConsumerRecord<String, String>> parked = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(CONSUMED.keySet().stream().map(t -> t + Topics.DLT_SUFFIX).toList());
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        parked.add(r);
                    }
                });
                for (String topic : CONSUMED.keySet()) {
                    assertThat(parked).as(topic + Topics.DLT_SUFFIX)
                            .anySatisfy(r -> assertThat(r.topic()).isEqualTo(topic + Topics.DLT_SUFFIX));
                }
            });
        }
        return parked;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
