package vn.hotline1022.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12: each service's own OpenAPI document says what its JSON answers hold. A successful JSON answer whose schema is
 * a bare object (what springdoc makes of a {@code Map<String, Object>}, an {@code org.bson.Document} or an
 * {@code Object}) names no field, so a client, or ApiFuzzIT, can only guess.
 */
class OpenApiSchemasIT extends SystemTest {

    private static final List<String> SERVICES = List.of("call-intake-service", "knowledge-service", "routing-service",
            "reporting-service", "gateway");

    @Test
    void everySuccessfulJsonAnswerNamesItsFields() throws Exception {
        List<String> bare = new ArrayList<>();
        int described = 0;
        for (String service : SERVICES) {
            HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(sut.service(service) + "/v3/api-docs"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(doc.statusCode()).as(service + " /v3/api-docs").isEqualTo(200);
            JsonNode api = JSON.readTree(doc.body());
            for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                        if (!response.getKey().startsWith("2")) {
                            continue;
                        }
                        for (Map.Entry<String, JsonNode> content : response.getValue().path("content").properties()) {
                            if (!content.getKey().contains("json") && !content.getKey().equals("*/*")) {
                                continue;
                            }
                            if (bareObject(api, content.getValue().path("schema"))) {
                                bare.add(service + " " + operation.getKey().toUpperCase() + " " + path.getKey() + " "
                                        + content.getKey());
                            } else {
                                described++;
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("[openapi] %d JSON answers with named fields; bare objects: %s%n", described, bare);
        assertThat(bare).as("JSON answers documented as a bare object").isEmpty();
    }

    /**
     * An object that names no fields, or takes any value under any name (a {@code Map<String, Object>}; a stored
     * document, which springdoc shows as a map of anything with a made-up "empty" flag), itself or as the items of an
     * array. A map of typed values, {@code Map<String, Long>}, is described.
     */
    private static boolean bareObject(JsonNode api, JsonNode schema) {
        JsonNode resolved = resolve(api, schema);
        if (resolved.path("type").asString("").equals("array")) {
            return bareObject(api, resolved.path("items"));
        }
        if (!resolved.path("type").asString("object").equals("object")) {
            return false;
        }
        JsonNode values = resolved.path("additionalProperties");
        if (values.isMissingNode()) {
            return resolved.path("properties").isEmpty();
        }
        return values.isBoolean() ? values.asBoolean() : values.isEmpty() || bareObject(api, values);
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/components/schemas/")
                ? api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }
}
