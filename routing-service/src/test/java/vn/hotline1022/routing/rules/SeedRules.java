package vn.hotline1022.routing.rules;

import org.bson.Document;
import org.springframework.core.io.ClassPathResource;
import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test access to the default rules as seeded from the letter. */
public final class SeedRules {

    private SeedRules() {
    }

    public static List<RoutingRule> rules() {
        try {
            String json = new ClassPathResource(RoutingRules.SEED).getContentAsString(StandardCharsets.UTF_8);
            return Document.parse("{\"r\": " + json + "}").getList("r", Document.class).stream()
                    .map(RuleStore::fromDocument).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
