package vn.hotline1022.intake.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.ReferenceData;
import vn.hotline1022.intake.reference.domain.Topic;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Loads the gazetteer and topic list from data files at start; a broken file stops the service from starting. */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfig {

    @Bean
    ReferenceData referenceData(IntakeProperties properties, JsonMapper json) throws IOException {
        JsonNode gazetteer = read(json, properties.gazetteer().getInputStream());
        JsonNode topicFile = read(json, properties.topics().getInputStream());
        List<Locality> localities = new ArrayList<>();
        for (JsonNode l : gazetteer.required("localities")) {
            localities.add(new Locality(l.required("code").asString(), l.required("name").asString(),
                    l.path("kind").asString("DISTRICT"), l.path("needsProvinceName").asBoolean(false)));
        }
        List<Topic> topics = new ArrayList<>();
        for (JsonNode t : topicFile.required("topics")) {
            topics.add(new Topic(t.required("code").asString(), t.required("name").asString(),
                    t.path("description").asString(null)));
        }
        return new ReferenceData(gazetteer.path("province").asString(null), localities, topics);
    }

    private static JsonNode read(JsonMapper json, InputStream in) throws IOException {
        try (in) {
            return json.readTree(in);
        }
    }
}
