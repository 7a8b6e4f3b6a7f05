package vn.hotline1022.testsupport;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * An event as a producer that breaks its contract (a required field missing) or extends it (a field added by a
 * newer version) would send it, made from one that keeps it.
 */
public final class Envelopes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Envelopes() {
    }

    /** {@code envelope} (the JSON of an event) with its payload changed by {@code edit}. */
    public static String withPayload(String envelope, Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) JSON.readTree(envelope);
        edit.accept((ObjectNode) root.get("payload"));
        return root.toString();
    }
}
