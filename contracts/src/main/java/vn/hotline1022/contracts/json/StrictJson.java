package vn.hotline1022.contracts.json;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON in request bodies, the same for the services (servlet) and the gateway (webflux): a number or boolean
 * sent for a text field is a client error naming that field, not silently turned into a string
 * ({@code "callerNumber": 908158383} loses its leading zero that way, {@code "username": 1e400} becomes "1e400").
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static void textStaysText(JsonMapper.Builder builder) {
        builder.withCoercionConfig(LogicalType.Textual, c -> c
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
