package vn.hotline1022.reporting.reference;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names of districts and topics by code, read once at start; a broken file stops the service, as in intake. */
@Component
public class ReferenceNames {

    private final Map<String, String> localities;
    private final Map<String, String> topics;

    ReferenceNames(ReferenceProperties properties, JsonMapper json) {
        this.localities = names(json, properties.gazetteer(), "localities");
        this.topics = names(json, properties.topics(), "topics");
    }

    private static Map<String, String> names(JsonMapper json, org.springframework.core.io.Resource file, String list) {
        try (InputStream in = file.getInputStream()) {
            Map<String, String> names = new LinkedHashMap<>();
            for (JsonNode item : json.readTree(in).required(list)) {
                names.put(item.required("code").asString(), item.required("name").asString());
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Map<String, String> localities() {
        return localities;
    }

    public Map<String, String> topics() {
        return topics;
    }
}
