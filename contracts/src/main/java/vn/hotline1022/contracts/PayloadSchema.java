package vn.hotline1022.contracts;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The part of JSON Schema that the payload schemas use to say what a consumer may rely on: {@code required}, the
 * JSON {@code type} of each described field (nullable ones list {@code "null"}), {@code date-time} and {@code date}
 * formats, nested {@code properties} and {@code items}. Enums, patterns and lengths are left to each consumer's own
 * rules: a value a newer producer adds to a closed domain must not stop every consumer at once. Fields the schema
 * does not describe are not looked at (additive evolution).
 */
final class PayloadSchema {

    private final JsonNode schema;

    PayloadSchema(JsonNode schema) {
        this.schema = schema;
    }

    void check(JsonNode value, String path) {
        check(value, schema, path);
    }

    private static void check(JsonNode value, JsonNode schema, String path) {
        JsonNode types = schema.get("type");
        if (types != null && !hasType(value, types)) {
            throw new InvalidEventException(path, value.isNull() ? "bắt buộc" : "cần kiểu " + types);
        }
        if (value.isNull()) {
            return;
        }
        checkFormat(value, schema.path("format").asString(""), path);
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                JsonNode field = value.get(name.asString());
                if (field == null || field.isNull()) {
                    throw new InvalidEventException(path + "." + name.asString(), "bắt buộc");
                }
            }
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                JsonNode field = value.get(property.getKey());
                if (field != null) {
                    check(field, property.getValue(), path + "." + property.getKey());
                }
            }
        }
        JsonNode items = schema.get("items");
        if (value.isArray() && items != null) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), items, path + "[" + i + "]");
            }
        }
    }

    private static boolean hasType(JsonNode value, JsonNode types) {
        if (types.isString()) {
            return hasType(value, types.asString());
        }
        for (JsonNode type : types) {
            if (hasType(value, type.asString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode value, String type) {
        switch (type) {
            case "string": return value.isString();
            case "integer": return value.isIntegralNumber();
            case "number": return value.isNumber();
            case "boolean": return value.isBoolean();
            case "array": return value.isArray();
            case "object": return value.isObject();
            case "null": return value.isNull();
            default: return true;
        }
    }

    /** The formats whose values the records read as time types; a wrong one would fail later, without the field. */
    private static void checkFormat(JsonNode value, String format, String path) {
        if (!value.isString()) {
            return;
        }
        try {
            if ("date-time".equals(format)) {
                Instant.parse(value.asString());
            } else if ("date".equals(format)) {
                LocalDate.parse(value.asString());
            }
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(path, "sai định dạng " + format);
        }
    }
}
