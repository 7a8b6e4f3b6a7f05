package vn.hotline1022.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Topic naming: {@code hotline.<entity>.<event>.v<N>}, one event type per topic, legal Kafka names. */
class TopicsTest {

    private static final Pattern TOPIC = Pattern.compile("hotline\\.[a-z-]+(\\.[a-z-]+)*\\.v\\d+");
    private static final Pattern UNIT_TOPIC = Pattern.compile("hotline\\.escalations\\.[A-Z][A-Z0-9_]*\\.v\\d+");
    private static final Pattern KAFKA_LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"ESCALATION_RAISED", "ESCALATION_DUE_SOON"},
            mode = EnumSource.Mode.EXCLUDE)
    void topicFollowsTheNamingConvention(EventType type) {
        assertThat(type.topic()).matches(TOPIC).endsWith(".v" + type.schemaVersion());
        assertThat(type.topic() + Topics.DLT_SUFFIX).matches(KAFKA_LEGAL);
    }

    @Test
    void perUnitEscalationTopicFollowsTheConvention() {
        assertThat(EventType.ESCALATION_RAISED.topic()).isEqualTo("hotline.escalations.<unitCode>.v1");
        // the unit's reminders travel beside its escalations, on the same topic
        assertThat(EventType.ESCALATION_DUE_SOON.topic()).isEqualTo(EventType.ESCALATION_RAISED.topic());
        for (String unit : List.of("SO_GTVT", "SO_CONG_THUONG", "SO_LDTBXH", "UBND_LA_GI")) {
            String topic = Topics.escalationsFor(unit);
            assertThat(topic).matches(UNIT_TOPIC).startsWith(Topics.ESCALATIONS_PREFIX).endsWith(Topics.VERSION_SUFFIX);
            assertThat(topic + Topics.DLT_SUFFIX).matches(KAFKA_LEGAL);
        }
    }

    @Test
    void everyTopicConstantCarriesExactlyOneEventType() throws IllegalAccessException {
        Set<String> constants = topicConstants();
        Map<String, List<EventType>> byTopic = Arrays.stream(EventType.values())
                .filter(type -> type.hasFixedTopic())
                .collect(Collectors.groupingBy(EventType::topic));

        assertThat(constants).allSatisfy(topic -> assertThat(topic).matches(TOPIC));
        assertThat(byTopic.keySet()).isEqualTo(constants);
        assertThat(byTopic.values()).allSatisfy(types -> assertThat(types).hasSize(1));
    }

    @Test
    void logicalTypeNamesAreUniqueAndNotClassNames() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::logicalName)).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("hotline(\\.[a-z-]+)+"));
    }

    /** The public full topic names in {@link Topics}: every String constant except prefix and suffixes. */
    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> names = new java.util.HashSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().endsWith("_PREFIX") && !field.getName().endsWith("_SUFFIX")) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
