package vn.hotline1022.routing.rules.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * (topic, locality) → ordered responsible units. {@code "*"} matches any topic or locality. A target is a unit code,
 * a code template ({@code UBND_{locality}}) or a kind selector ({@code @HOSPITAL}: units of that kind whose
 * jurisdiction covers the caller's locality). {@code knowledgeBaseOnly}: never transfer, answer from the knowledge
 * base and escalate (in writing) to the targets if that fails.
 */
public record RoutingRule(String topic, String locality, List<String> targets, boolean knowledgeBaseOnly,
                          String reason) {

    public static final String ANY = "*";
    public static final Pattern TARGET = Pattern.compile("^(@[A-Z][A-Z_]*|[A-Z][A-Z0-9_]*(\\{locality\\})?)$");

    public RoutingRule {
        targets = List.copyOf(targets == null ? List.of() : targets);
    }

    public String id() {
        return topic + ":" + locality;
    }

    /** 3 = exact topic and locality … 0 = the catch-all; the most specific matching rule wins. */
    public int specificity() {
        return (ANY.equals(topic) ? 0 : 2) + (ANY.equals(locality) ? 0 : 1);
    }

    public boolean matches(String aTopic, String aLocality) {
        return (ANY.equals(topic) || topic.equals(aTopic)) && (ANY.equals(locality) || locality.equals(aLocality));
    }
}
