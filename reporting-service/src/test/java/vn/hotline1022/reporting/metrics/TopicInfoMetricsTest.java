package vn.hotline1022.reporting.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import vn.hotline1022.reporting.reference.ReferenceNames;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TopicInfoMetricsTest {

    @Test
    void everyTopicOfTheReferenceFileIsNamed() {
        ReferenceNames reference = mock(ReferenceNames.class);
        when(reference.topics()).thenReturn(Map.of("TRAVEL_TRANSPORT", "Đi lại, vận chuyển", "OTHER", "Khác"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new TopicInfoMetrics(reference, registry);
        assertThat(registry.find("hotline_topic_name").gauges()).hasSize(2);
        assertThat(registry.get("hotline_topic_name").tag("topic", "TRAVEL_TRANSPORT").gauge().getId().getTag("name"))
                .isEqualTo("Đi lại, vận chuyển");
    }
}
