package vn.hotline1022.intake.reference.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The province's localities and topics, as loaded from its data files; answers "is this code known?". */
public final class ReferenceData {

    private static final String CODE = "^[A-Z][A-Z0-9_]*$";

    private final String province;
    private final Map<String, Locality> localities;
    private final Map<String, Topic> topics;

    public ReferenceData(String province, List<Locality> localities, List<Topic> topics) {
        if (localities.isEmpty() || topics.isEmpty()) {
            throw new IllegalArgumentException("reference data needs at least one locality and one topic");
        }
        checkCodes(localities.stream().map(Locality::code).toList(), "locality");
        checkCodes(topics.stream().map(Topic::code).toList(), "topic");
        this.province = province;
        this.localities = index(localities, Locality::code);
        this.topics = index(topics, Topic::code);
    }

    public String province() { return province; }

    public List<Locality> localities() { return List.copyOf(localities.values()); }

    public List<Topic> topics() { return List.copyOf(topics.values()); }

    /** The locality for a request's code; the field name is used to blame the right request field. */
    public Locality locality(String field, String code) {
        Locality locality = code == null ? null : localities.get(code);
        if (locality == null) {
            throw new InvalidValueException(field, "intake.reference.locality.unknown", code);
        }
        return locality;
    }

    public Topic topic(String field, String code) {
        Topic topic = code == null ? null : topics.get(code);
        if (topic == null) {
            throw new InvalidValueException(field, "intake.reference.topic.unknown", code);
        }
        return topic;
    }

    public boolean knowsLocality(String code) {
        return localities.containsKey(code);
    }

    public boolean knowsTopic(String code) {
        return topics.containsKey(code);
    }

    /** A display name that survives data files changing after calls were stored: unknown codes show as-is. */
    public String localityName(String code) {
        Locality locality = localities.get(code);
        return locality == null ? code : locality.name();
    }

    public String topicName(String code) {
        Topic topic = topics.get(code);
        return topic == null ? code : topic.name();
    }

    private static void checkCodes(List<String> codes, String what) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (code == null || !code.matches(CODE) || !seen.add(code)) {
                throw new IllegalArgumentException("bad or duplicate " + what + " code: " + code);
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
