package vn.hotline1022.reporting.infra;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * The parts of an event envelope every reporting listener needs. Listeners read the JSON into reporting's own
 * model here, so a producer's added field never breaks reporting.
 */
public record Envelope(String eventId, String type, Instant occurredAt, JsonNode payload) {

    public static Envelope parse(JsonMapper json, String message) {
        JsonNode root = json.readTree(message);
        return new Envelope(root.required("eventId").asString(), root.path("type").asString(""),
                Instant.parse(root.required("occurredAt").asString()), root.required("payload"));
    }

    public String text(String field) {
        JsonNode node = payload.required(field);
        return node.asString();
    }

    public String optionalText(String field) {
        JsonNode node = payload.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    public Instant instant(String field) {
        String value = optionalText(field);
        return value == null ? null : Instant.parse(value);
    }
}
