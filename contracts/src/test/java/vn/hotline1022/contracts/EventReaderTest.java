package vn.hotline1022.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.KnowledgeSearchMissed;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.contracts.events.TransferCompleted;

import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consumer gets from {@link EventReader}: the producer's record, or one exception naming the field. */
class EventReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventReader READER = new EventReader(JSON);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySampleReadsBackIntoAnEqualRecord(EventType type) {
        EventEnvelope<?> sample = SampleEvents.of(type);

        EventEnvelope<Object> read = READER.read(JSON.writeValueAsString(sample), type);

        assertThat(read).isEqualTo(sample);
        assertThat(read.payload()).isInstanceOf(type.payloadType());
    }

    @Test
    void nullableFieldsMayBeNullOrAbsent() {
        EventEnvelope<CallClosed> dropped = SampleEvents.droppedCall();
        EventEnvelope<KnowledgeSearchMissed> unfiltered = SampleEvents.unfilteredSearchMiss();
        assertThat(READER.<CallClosed>read(JSON.writeValueAsString(dropped), EventType.CALL_CLOSED)).isEqualTo(dropped);
        assertThat(READER.<KnowledgeSearchMissed>read(JSON.writeValueAsString(unfiltered),
                EventType.KNOWLEDGE_SEARCH_MISSED)).isEqualTo(unfiltered);

        EventEnvelope<CallClosed> closed = READER.read(edited(EventType.CALL_CLOSED, p -> p
                .remove(java.util.List.of("kbEntryId", "unitCode", "question", "questions"))), EventType.CALL_CLOSED);
        EventEnvelope<QuestionUnanswered> unanswered = READER.read(edited(EventType.QUESTION_UNANSWERED,
                p -> p.remove("questionNo")), EventType.QUESTION_UNANSWERED);
        EventEnvelope<TransferCompleted> completed = READER.read(edited(EventType.TRANSFER_COMPLETED,
                p -> p.putNull("escalationId")), EventType.TRANSFER_COMPLETED);

        assertThat(closed.payload().questions()).isNull();
        assertThat(closed.payload().kbEntryId()).isNull();
        assertThat(unanswered.payload().questionNo()).isNull();
        assertThat(completed.payload().escalationId()).isNull();
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        EventEnvelope<?> sample = SampleEvents.of(EventType.CALL_CLOSED);
        ObjectNode envelope = JSON.valueToTree(sample);
        envelope.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        payload(envelope).put("language", "vi").putObject("caller").put("district", "LA_GI");
        ((ObjectNode) payload(envelope).get("questions").get(0)).put("confidence", 0.93);

        EventEnvelope<CallClosed> read = READER.read(envelope.toString(), EventType.CALL_CLOSED);

        assertThat(read).isEqualTo(sample);
    }

    static Stream<Arguments> everyRequiredPayloadField() {
        return Arrays.stream(EventType.values()).flatMap(type -> StreamSupport.stream(
                schema(type).path("properties").path("payload").path("required").spliterator(), false)
                .map(field -> Arguments.of(type, field.asString())));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("everyRequiredPayloadField")
    void aMissingOrNullRequiredPayloadFieldIsNamed(EventType type, String field) {
        assertInvalid(edited(type, p -> p.remove(field)), type, "payload." + field, "bắt buộc");
        assertInvalid(edited(type, p -> p.putNull(field)), type, "payload." + field, "bắt buộc");
    }

    @Test
    void aMissingFieldOfANestedItemIsNamedWithItsIndex() {
        assertInvalid(edited(EventType.CALL_CLOSED, p -> ((ObjectNode) p.get("questions").get(1)).remove("outcome")),
                EventType.CALL_CLOSED, "payload.questions[1].outcome", "bắt buộc");
        assertInvalid(edited(EventType.ESCALATION_ANSWERED, p -> p.withArray("callIds").addNull()),
                EventType.ESCALATION_ANSWERED, "payload.callIds[3]", "bắt buộc");
    }

    @Test
    void aWrongTypeNameOrVersionIsRejected() {
        String received = JSON.writeValueAsString(SampleEvents.of(EventType.CALL_RECEIVED));

        assertInvalid(received, EventType.CALL_CLOSED, "type", "cần hotline.call.closed");
        assertInvalid(envelopeEdited(EventType.CALL_RECEIVED, e -> e.put("type", "CallReceived")),
                EventType.CALL_RECEIVED, "type", "cần hotline.call.received");
        assertInvalid(envelopeEdited(EventType.CALL_RECEIVED, e -> e.put("schemaVersion", 2)),
                EventType.CALL_RECEIVED, "schemaVersion", "cần 1");
        assertInvalid(envelopeEdited(EventType.CALL_RECEIVED, e -> e.put("schemaVersion", "1")),
                EventType.CALL_RECEIVED, "schemaVersion", "cần 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02/06/2025 08:15", "2025-06-02", "", "2025-06-02T25:15:30Z"})
    void aMalformedOccurredAtIsRejected(String occurredAt) {
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.put("occurredAt", occurredAt)),
                EventType.KNOWLEDGE_CHANGED, "occurredAt", "không phải thời điểm ISO-8601");
    }

    @Test
    void theEnvelopeNeedsAUuidEventIdAnInstantAndAPayload() {
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.remove("eventId")),
                EventType.KNOWLEDGE_CHANGED, "eventId", "bắt buộc");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.put("eventId", "not-a-uuid")),
                EventType.KNOWLEDGE_CHANGED, "eventId", "không phải UUID");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.put("eventId", "1-1-1-1-1")),
                EventType.KNOWLEDGE_CHANGED, "eventId", "không phải UUID");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.remove("occurredAt")),
                EventType.KNOWLEDGE_CHANGED, "occurredAt", "bắt buộc");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.put("occurredAt", 1748826930)),
                EventType.KNOWLEDGE_CHANGED, "occurredAt", "không phải thời điểm ISO-8601");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.put("eventId", 42)),
                EventType.KNOWLEDGE_CHANGED, "eventId", "không phải UUID");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.remove("payload")),
                EventType.KNOWLEDGE_CHANGED, "payload", "bắt buộc");
        assertInvalid(envelopeEdited(EventType.KNOWLEDGE_CHANGED, e -> e.put("payload", "{}")),
                EventType.KNOWLEDGE_CHANGED, "payload", "bắt buộc");
    }

    @Test
    void theKeyIsReadButNotRequired() {
        EventEnvelope<Object> read = READER.read(envelopeEdited(EventType.UNIT_UNREACHABLE, e -> e.remove("key")),
                EventType.UNIT_UNREACHABLE);

        assertThat(read.key()).isNull();
        assertThat(read.payload()).isEqualTo(SampleEvents.of(EventType.UNIT_UNREACHABLE).payload());
    }

    @Test
    void valuesOfTheWrongJsonTypeOrFormatAreNamed() {
        assertInvalid(edited(EventType.CALL_CLOSED, p -> p.put("handleSeconds", "ba phút")),
                EventType.CALL_CLOSED, "payload.handleSeconds", "cần kiểu \"integer\"");
        assertInvalid(edited(EventType.QUESTION_UNANSWERED, p -> p.put("questionNo", 2.5)),
                EventType.QUESTION_UNANSWERED, "payload.questionNo", "cần kiểu [\"integer\",\"null\"]");
        assertInvalid(edited(EventType.QUESTION_UNANSWERED, p -> p.put("askedAt", 1748826930)),
                EventType.QUESTION_UNANSWERED, "payload.askedAt", "cần kiểu \"string\"");
        assertInvalid(edited(EventType.QUESTION_UNANSWERED, p -> p.put("askedAt", "02/06/2025")),
                EventType.QUESTION_UNANSWERED, "payload.askedAt", "sai định dạng date-time");
        assertInvalid(edited(EventType.DIGEST_GENERATED, p -> p.put("date", "02/06/2025")),
                EventType.DIGEST_GENERATED, "payload.date", "sai định dạng date");
        assertInvalid(edited(EventType.TRANSFER_COMPLETED, p -> p.put("connected", "yes")),
                EventType.TRANSFER_COMPLETED, "payload.connected", "cần kiểu \"boolean\"");
    }

    @Test
    void whatTheMapperRefusesIsNamedWithItsPath() {
        // the services' mapper refuses numbers for text (service-support StrictJsonAutoConfiguration)
        EventReader strict = new EventReader(JsonMapper.builder().withCoercionConfig(LogicalType.Textual, c -> c
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)).build());

        assertThatThrownBy(() -> strict.read(edited(EventType.CALL_CLOSED, p -> p.put("outcome", 5)), EventType.CALL_CLOSED))
                .isInstanceOf(InvalidEventException.class).hasMessage("payload.outcome: không đọc được");
        assertThatThrownBy(() -> strict.read(edited(EventType.CALL_CLOSED,
                p -> ((ObjectNode) p.get("questions").get(1)).put("outcome", 5)), EventType.CALL_CLOSED))
                .isInstanceOf(InvalidEventException.class).hasMessage("payload.questions[1].outcome: không đọc được");
    }

    @Test
    void whatIsNotAJsonObjectIsMalformedWithoutQuotingIt() {
        assertThatThrownBy(() -> READER.read("{ người gọi 0908158383", EventType.CALL_RECEIVED))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("MALFORMED_JSON: không phải JSON (dòng 1")
                .hasMessageNotContaining("0908158383")
                .satisfies(e -> assertThat(((InvalidEventException) e).field()).isEqualTo(InvalidEventException.MALFORMED_JSON));
        for (String notAnObject : new String[] {"[]", "42", "\"x\"", "null", ""}) {
            assertThatThrownBy(() -> READER.read(notAnObject, EventType.CALL_RECEIVED)).as(notAnObject)
                    .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("MALFORMED_JSON: ");
        }
        assertThatThrownBy(() -> READER.read(null, EventType.CALL_RECEIVED))
                .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("MALFORMED_JSON: ");
    }

    @Test
    void isAnIllegalArgumentSoTheDeadLetterHandlerDoesNotRetryIt() {
        assertThat(new InvalidEventException("payload.callId", "bắt buộc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("payload.callId: bắt buộc");
    }

    @Test
    void worksWithoutAMapperOfItsOwn() {
        EventEnvelope<?> sample = SampleEvents.of(EventType.ESCALATION_RAISED);

        assertThat(new EventReader().<Object>read(JSON.writeValueAsString(sample), EventType.ESCALATION_RAISED))
                .isEqualTo(sample);
    }

    private static void assertInvalid(String message, EventType type, String field, String problem) {
        assertThatThrownBy(() -> READER.read(message, type))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage(field + ": " + problem)
                .satisfies(e -> assertThat(((InvalidEventException) e).field()).isEqualTo(field));
    }

    private static String edited(EventType type, Consumer<ObjectNode> payload) {
        return envelopeEdited(type, e -> payload.accept(payload(e)));
    }

    private static String envelopeEdited(EventType type, Consumer<ObjectNode> edit) {
        ObjectNode envelope = JSON.valueToTree(SampleEvents.of(type));
        edit.accept(envelope);
        return envelope.toString();
    }

    private static ObjectNode payload(ObjectNode envelope) {
        return (ObjectNode) envelope.get("payload");
    }

    private static JsonNode schema(EventType type) {
        try (InputStream in = EventReaderTest.class.getResourceAsStream(type.schemaResource())) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
