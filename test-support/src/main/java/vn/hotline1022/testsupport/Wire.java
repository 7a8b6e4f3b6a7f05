package vn.hotline1022.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response body as a client reads it: a JSON tree compared regardless of field order, but with names, values,
 * nesting and null-versus-absent all counting. Written to text and parsed back, so an {@code int} and a
 * {@code long} of the same value compare equal, as they do on the wire.
 */
public final class Wire {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Wire() {
    }

    public static JsonNode of(Object body) {
        return JSON.readTree(JSON.writeValueAsString(body));
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
