package vn.hotline1022.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON the event records serialise to (Jackson 3 defaults, as producers send it with a StringSerializer)
 * must validate against the schema of its {@link EventType}; broken events must not.
 */
class EventSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Format assertions on, so "uuid", "date-time" and "date" are checked, not merely annotated. */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleEventValidatesAgainstItsSchema(EventType type) {
        String json = JSON.writeValueAsString(SampleEvents.of(type));

        List<Error> errors = schema(type).validate(json, InputFormat.JSON);

        assertThat(errors).as(json).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaFileMatchesItsEventType(EventType type) {
        JsonNode schema = schemaNode(type);
        JsonNode properties = schema.get("properties");

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).endsWith(type.schemaResource());
        assertThat(properties.get("type").get("const").asString()).isEqualTo(type.logicalName());
        assertThat(properties.get("schemaVersion").get("const").asInt()).isEqualTo(type.schemaVersion());
        assertThat(schema.get("required")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("eventId", "type", "schemaVersion", "occurredAt", "key", "payload");
        assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
        assertThat(properties.get("payload").get("additionalProperties").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRecordComponentIsDescribedInThePayloadSchema(EventType type) {
        Set<String> components = Arrays.stream(SampleEvents.of(type).payload().getClass().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.toSet());

        Set<String> described = Set.copyOf(schemaNode(type).get("properties").get("payload").get("properties").propertyNames());

        assertThat(described).isEqualTo(components);
    }

    @Test
    void sampleSerialisesTimesAsIsoStringsAndDatesAsPlainDates() {
        JsonNode call = JSON.valueToTree(SampleEvents.of(EventType.CALL_RECEIVED));
        JsonNode digest = JSON.valueToTree(SampleEvents.of(EventType.DIGEST_GENERATED));

        assertThat(call.get("occurredAt").asString()).isEqualTo("2025-06-02T01:15:30Z");
        assertThat(call.get("payload").get("receivedAt").asString()).isEqualTo("2025-06-02T01:15:30Z");
        assertThat(digest.get("payload").get("date").asString()).isEqualTo("2025-06-02");
    }

    @Test
    void currentTimeWithSubSecondPrecisionValidates() {
        Instant now = Instant.now();
        String json = JSON.writeValueAsString(EventEnvelope.of(EventType.ESCALATION_OVERDUE, SampleEvents.ESCALATION_ID,
                new vn.hotline1022.contracts.events.EscalationOverdue(SampleEvents.ESCALATION_ID, "SO_GTVT", now), now));

        assertThat(schema(EventType.ESCALATION_OVERDUE).validate(json, InputFormat.JSON)).as(json).isEmpty();
    }

    @Test
    void nullableFieldsMayBeNull() {
        String closed = JSON.writeValueAsString(SampleEvents.droppedCall());
        String missed = JSON.writeValueAsString(SampleEvents.unfilteredSearchMiss());

        assertThat(closed).contains("\"kbEntryId\":null", "\"unitCode\":null", "\"question\":null");
        assertThat(schema(EventType.CALL_CLOSED).validate(closed, InputFormat.JSON)).as(closed).isEmpty();
        assertThat(schema(EventType.KNOWLEDGE_SEARCH_MISSED).validate(missed, InputFormat.JSON)).as(missed).isEmpty();
    }

    @Test
    void unknownFieldsAreAllowedForAdditiveEvolution() {
        assertThat(errorsAfter(EventType.CALL_RECEIVED, envelope -> {
            envelope.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
            payload(envelope).put("language", "vi");
        })).isEmpty();
    }

    @Test
    void missingRequiredPayloadFieldIsRejected() {
        assertThat(errorsAfter(EventType.TRANSFER_ATTEMPTED, envelope -> payload(envelope).remove("maskedNumber")))
                .extracting(Error::getKeyword).contains("required");
        assertThat(errorsAfter(EventType.ESCALATION_RAISED, envelope -> payload(envelope).remove("dueAt")))
                .extracting(Error::getKeyword).contains("required");
    }

    @Test
    void missingEnvelopeFieldIsRejected() {
        assertThat(errorsAfter(EventType.KNOWLEDGE_CHANGED, envelope -> envelope.remove("eventId")))
                .extracting(Error::getKeyword).contains("required");
    }

    @Test
    void nullInANonNullableFieldIsRejected() {
        assertThat(errorsAfter(EventType.CALL_CLOSED, envelope -> payload(envelope).putNull("callId")))
                .extracting(Error::getKeyword).contains("type");
    }

    @Test
    void valueOutsideAClosedDomainIsRejected() {
        assertThat(errorsAfter(EventType.CALL_CLOSED, envelope -> payload(envelope).put("outcome", "HUNG_UP")))
                .extracting(Error::getKeyword).contains("enum");
        assertThat(errorsAfter(EventType.CALL_RECEIVED, envelope -> payload(envelope).put("channel", "SMS")))
                .extracting(Error::getKeyword).contains("enum");
        assertThat(errorsAfter(EventType.TRANSFER_ATTEMPTED, envelope -> payload(envelope).put("outcome", "FAILED")))
                .extracting(Error::getKeyword).contains("enum");
        assertThat(errorsAfter(EventType.KNOWLEDGE_CHANGED, envelope -> payload(envelope).put("status", "DELETED")))
                .extracting(Error::getKeyword).contains("enum");
    }

    @Test
    void wrongTypeNameOrVersionIsRejected() {
        assertThat(errorsAfter(EventType.CALL_RECEIVED, envelope -> envelope.put("type", "CallReceived")))
                .extracting(Error::getKeyword).contains("const");
        assertThat(errorsAfter(EventType.CALL_RECEIVED, envelope -> envelope.put("schemaVersion", 2)))
                .extracting(Error::getKeyword).contains("const");
    }

    @Test
    void malformedFormatsAreRejected() {
        assertThat(errorsAfter(EventType.DIGEST_GENERATED, envelope -> payload(envelope).put("date", "02/06/2025")))
                .extracting(Error::getKeyword).contains("format");
        assertThat(errorsAfter(EventType.QUESTION_UNANSWERED, envelope -> payload(envelope).put("askedAt", 1748826930)))
                .extracting(Error::getKeyword).contains("type");
        assertThat(errorsAfter(EventType.CALL_RECEIVED, envelope -> envelope.put("eventId", "not-a-uuid")))
                .extracting(Error::getKeyword).contains("format");
    }

    @Test
    void unitCodeMustBeUsableInTopicNamesAndPrincipals() {
        assertThat(errorsAfter(EventType.ESCALATION_ANSWER_SUBMITTED, envelope -> payload(envelope).put("unitCode", "so-gtvt")))
                .extracting(Error::getKeyword).contains("pattern");
    }

    @Test
    void unmaskedPhoneNumberIsRejected() {
        assertThat(errorsAfter(EventType.TRANSFER_ATTEMPTED, envelope -> payload(envelope).put("maskedNumber", "02523824567")))
                .extracting(Error::getKeyword).contains("pattern");
    }

    @Test
    void everyEventTypeHasASchemaFileAndEverySchemaFileAnEventType() throws IOException, URISyntaxException {
        URL dir = EventSchemaTest.class.getResource("/schemas");
        assertThat(dir).isNotNull();
        assertThat(dir.getProtocol()).isEqualTo("file");
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
            files = list.map(p -> "/schemas/" + p.getFileName()).collect(Collectors.toSet());
        }

        Set<String> expected = Arrays.stream(EventType.values()).map(EventType::schemaResource).collect(Collectors.toSet());

        assertThat(files).isEqualTo(expected);
    }

    private static List<Error> errorsAfter(EventType type, Consumer<ObjectNode> breakIt) {
        ObjectNode envelope = JSON.valueToTree(SampleEvents.of(type));
        assertThat(schema(type).validate(envelope)).as("sample before breaking it").isEmpty();
        breakIt.accept(envelope);
        return schema(type).validate(envelope);
    }

    private static ObjectNode payload(ObjectNode envelope) {
        return (ObjectNode) envelope.get("payload");
    }

    private static Schema schema(EventType type) {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema " + type.schemaResource()).isNotNull();
            return SCHEMAS.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode schemaNode(EventType type) {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema " + type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
