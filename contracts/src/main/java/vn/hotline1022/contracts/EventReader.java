package vn.hotline1022.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads an event off the wire into its contract record, checking first what every consumer relies on: the envelope
 * ({@code type} and {@code schemaVersion} as expected, {@code eventId} a UUID, {@code occurredAt} an ISO-8601
 * instant, a {@code payload}) and the payload against its JSON Schema ({@link PayloadSchema}). Fields the schema
 * does not know are ignored, so a newer producer's additions never break a consumer. Whatever breaks the contract
 * is one {@link InvalidEventException} naming the field, which the services park on the dead-letter topic.
 * Thread-safe; build one per service.
 */
public final class EventReader {

    private static final String NOT_A_UUID = "không phải UUID";
    private static final String NOT_AN_INSTANT = "không phải thời điểm ISO-8601";
    /** The canonical form the schemas' {@code "format": "uuid"} means; {@link UUID#fromString} takes more. */
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final JsonMapper json;
    private final Map<EventType, PayloadSchema> schemas = new EnumMap<>(EventType.class);
    private final Map<EventType, ObjectReader> payloadReaders = new EnumMap<>(EventType.class);

    /** With Jackson's defaults, for tools and tests. */
    public EventReader() {
        this(JsonMapper.builder().build());
    }

    /** With the service's own mapper, so events read with the same Jackson settings as everything else there. */
    public EventReader(JsonMapper json) {
        this.json = json;
        for (EventType type : EventType.values()) {
            schemas.put(type, new PayloadSchema(loadSchema(json, type).path("properties").path("payload")));
            payloadReaders.put(type, json.readerFor(type.payloadType())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        }
    }

    /**
     * The event in {@code message}, which must be of type {@code expected}; {@code T} is that type's
     * {@link EventType#payloadType()}, e.g. {@code EventEnvelope<CallClosed> e = reader.read(m, EventType.CALL_CLOSED)}.
     */
    /**
     * The type an event says it is, for a consumer of a topic that carries more than one (the per-unit escalation
     * topics); empty when the message does not name a known type (then {@link #read} says exactly what is wrong).
     */
    public java.util.Optional<EventType> typeOf(String message) {
        try {
            String type = text(parse(message), "type");
            for (EventType t : EventType.values()) {
                if (t.logicalName().equals(type)) {
                    return java.util.Optional.of(t);
                }
            }
        } catch (InvalidEventException malformed) {
            // read() names the problem
        }
        return java.util.Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public <T> EventEnvelope<T> read(String message, EventType expected) {
        JsonNode root = parse(message);
        if (!expected.logicalName().equals(text(root, "type"))) {
            throw new InvalidEventException("type", "cần " + expected.logicalName());
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || version.asInt() != expected.schemaVersion()) {
            throw new InvalidEventException("schemaVersion", "cần " + expected.schemaVersion());
        }
        UUID eventId = eventId(root);
        Instant occurredAt = occurredAt(root);
        JsonNode payload = root.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new InvalidEventException("payload", "bắt buộc");
        }
        schemas.get(expected).check(payload, "payload");
        T value = (T) map(payloadReaders.get(expected), payload);
        return new EventEnvelope<>(eventId, expected.logicalName(), expected.schemaVersion(), occurredAt,
                text(root, "key"), value);
    }

    private JsonNode parse(String message) {
        JsonNode root;
        try {
            root = message == null ? null : json.readTree(message);
        } catch (JacksonException e) {
            // the position, not the parser's words: those quote the text, and the text may be a caller's
            TokenStreamLocation at = e.getLocation();
            throw new InvalidEventException(InvalidEventException.MALFORMED_JSON, at == null ? "không phải JSON"
                    : "không phải JSON (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidEventException(InvalidEventException.MALFORMED_JSON, "không phải đối tượng JSON");
        }
        return root;
    }

    private static UUID eventId(JsonNode root) {
        String text = required(root, "eventId", NOT_A_UUID);
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new InvalidEventException("eventId", NOT_A_UUID);
        }
        return UUID.fromString(text);
    }

    private static Instant occurredAt(JsonNode root) {
        String text = required(root, "occurredAt", NOT_AN_INSTANT);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("occurredAt", NOT_AN_INSTANT);
        }
    }

    private static Object map(ObjectReader reader, JsonNode payload) {
        try {
            return reader.readValue(payload);
        } catch (JacksonException e) {
            StringBuilder path = new StringBuilder("payload");
            for (JacksonException.Reference r : e.getPath()) {
                path.append(r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]");
            }
            throw new InvalidEventException(path.toString(), "không đọc được");
        }
    }

    private static String required(JsonNode root, String field, String problemIfNotText) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidEventException(field, "bắt buộc");
        }
        if (!value.isString()) {
            throw new InvalidEventException(field, problemIfNotText);
        }
        return value.asString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static JsonNode loadSchema(JsonMapper json, EventType type) {
        try (InputStream in = EventReader.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema " + type.schemaResource() + " on the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
