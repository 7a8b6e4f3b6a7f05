package vn.hotline1022.knowledge.usage;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.infra.LineError;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a usage import, {@code {"externalId", "question", "usedAt"?, "rejected"?}}, checked on its own (whether
 * the entry exists is the importer's question). {@code rejected} lets an export with {@code includeRejected=true}
 * move its negatives too.
 */
record UsageLine(int line, String externalId, String question, Instant usedAt, boolean rejected) {

    static final int MAX_QUESTION = 1000;
    static final int MAX_EXTERNAL_ID = 200;

    /** The line, or the reasons it cannot be taken (every field at fault, as the entry import does). */
    record Parsed(UsageLine usage, List<LineError> errors) {
    }

    static Parsed parse(int line, String text, JsonMapper json, Instant now) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            return invalid(line, null, "line", "knowledge.line.json-malformed");
        }
        if (node == null || !node.isObject()) {
            return invalid(line, null, "line", "knowledge.line.not-an-object");
        }
        List<LineError> errors = new ArrayList<>();
        String externalId = text(node, "externalId", line, errors);
        String question = text(node, "question", line, errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        if (externalId == null || externalId.isBlank()) {
            errors.add(LineError.of(line, null, "externalId", "knowledge.usage-import.external-id.required"));
        } else if (externalId.strip().length() > MAX_EXTERNAL_ID) {
            errors.add(LineError.of(line, null, "externalId", "knowledge.usage-import.external-id.too-long", MAX_EXTERNAL_ID));
        }
        String id = externalId == null || externalId.isBlank() ? null : externalId.strip();
        if (question == null || question.isBlank()) {
            errors.add(LineError.of(line, id, "question", "knowledge.usage-import.question.required"));
        } else if (question.strip().length() > MAX_QUESTION) {
            errors.add(LineError.of(line, id, "question", "knowledge.usage-import.question.too-long", MAX_QUESTION));
        }
        Instant usedAt = null;
        JsonNode at = node.get("usedAt");
        if (at != null && !at.isNull()) {
            usedAt = at.isString() ? instant(at.asString()) : null;
            if (usedAt == null) {
                errors.add(LineError.of(line, id, "usedAt", "knowledge.usage-import.used-at.invalid"));
            } else if (usedAt.isAfter(now.plus(1, ChronoUnit.DAYS))) {
                errors.add(LineError.of(line, id, "usedAt", "knowledge.usage-import.used-at.future"));
            }
        }
        JsonNode rejected = node.get("rejected");
        if (rejected != null && !rejected.isNull() && !rejected.isBoolean()) {
            errors.add(LineError.of(line, id, "rejected", "knowledge.usage-import.rejected.boolean"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new UsageLine(line, id, question.strip(), usedAt,
                rejected != null && rejected.isBoolean() && rejected.booleanValue()), List.of());
    }

    /** A text field; a number or object where text belongs is an error, not silently turned into text. */
    private static String text(JsonNode node, String field, int line, List<LineError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(LineError.of(line, null, field, "knowledge.line.not-a-string", field));
            return null;
        }
        return value.asString();
    }

    /** A day is taken at midnight in Vietnam (UTC+7), like the entry import's dates; the store keeps milliseconds. */
    static Instant instant(String text) {
        String value = text.strip();
        try {
            return vn.hotline1022.knowledge.domain.DeskDates.parse(value).truncatedTo(ChronoUnit.MILLIS);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Parsed invalid(int line, String externalId, String field, String messageCode) {
        return new Parsed(null, List.of(LineError.of(line, externalId, field, messageCode)));
    }
}
