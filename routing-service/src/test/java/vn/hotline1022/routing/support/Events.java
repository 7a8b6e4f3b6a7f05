package vn.hotline1022.routing.support;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.contracts.events.EscalationAnswerSubmitted;
import vn.hotline1022.contracts.events.QuestionUnanswered;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Producing events as other services and unit systems do, and reading raw records (with headers). */
public final class Events {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Events() {
    }

    public static EventEnvelope<QuestionUnanswered> unanswered(String callId, String question, String topic,
                                                                String locality) {
        return EventEnvelope.of(EventType.QUESTION_UNANSWERED, callId,
                new QuestionUnanswered(callId, question, topic, locality, Instant.now()), Instant.now());
    }

    /** Intake's call.received: {@code operator} took the call (routing's only source of who owns a call). */
    public static String callReceived(String callId, String operator) {
        return JSON.writeValueAsString(EventEnvelope.of(EventType.CALL_RECEIVED, callId,
                new CallReceived(callId, operator, "PHONE", "HAM_TAN", "TRAVEL_TRANSPORT", Instant.now(), false),
                Instant.now()));
    }

    public static String answer(String escalationId, String unitCode, String answer) {
        return JSON.writeValueAsString(EventEnvelope.of(EventType.ESCALATION_ANSWER_SUBMITTED, escalationId,
                new EscalationAnswerSubmitted(escalationId, unitCode, answer, "Cán bộ " + unitCode), Instant.now()));
    }

    public static String json(Object o) {
        return JSON.writeValueAsString(o);
    }

    public static void send(String bootstrap, String topic, String key, String... values) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, key, value)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the topic right now, headers included. */
    public static List<ConsumerRecord<String, String>> records(String bootstrap, String topic) {
        return vn.hotline1022.testsupport.TopicReader.records(bootstrap, topic);
    }
}
