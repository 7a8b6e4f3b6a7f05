package vn.hotline1022.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic from the beginning to its current end: an exact count of what is on Kafka right now
 * (not "what a listener happened to see so far").
 */
public final class TopicReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopicReader() {
    }

    /** Every envelope of the topic right now, as JSON; fails if the topic cannot be read to its end in 20 s. */
    public static List<JsonNode> readAll(String bootstrap, String topic) {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : read(bootstrap, topic, true)) {
            events.add(JSON.readTree(r.value()));
        }
        return events;
    }

    /** Every record of the topic right now, headers included (what was read within 20 s). */
    public static List<ConsumerRecord<String, String>> records(String bootstrap, String topic) {
        return read(bootstrap, topic, false);
    }

    private static List<ConsumerRecord<String, String>> read(String bootstrap, String topic, boolean toTheEnd) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    if (toTheEnd) {
                        throw new IllegalStateException("could not read " + topic + " to its end");
                    }
                    break;
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }

    /**
     * The {@code hotline-dlt-reason} of every record parked on {@code <topic>.DLT} under this key, oldest first
     * (none while the dead-letter topic does not exist yet).
     */
    public static List<String> deadLetterReasons(String bootstrap, String topic, String key) {
        return read(bootstrap, topic + Topics.DLT_SUFFIX, false).stream().filter(r -> key.equals(r.key()))
                .map(r -> r.headers().lastHeader("hotline-dlt-reason"))
                .map(h -> h == null ? "" : new String(h.value(), StandardCharsets.UTF_8)).toList();
    }

    /** Envelopes on {@code topic} under this record key (an aggregate's events), oldest first. */
    public static List<JsonNode> forKey(String bootstrap, String topic, String key) {
        return readAll(bootstrap, topic).stream().filter(e -> key.equals(e.path("key").asString(null))).toList();
    }

    /** Envelopes on {@code topic} whose payload names this call. */
    public static List<JsonNode> forCall(String bootstrap, String topic, String callId) {
        return readAll(bootstrap, topic).stream()
                .filter(e -> callId.equals(e.path("payload").path("callId").asString(null))).toList();
    }
}
