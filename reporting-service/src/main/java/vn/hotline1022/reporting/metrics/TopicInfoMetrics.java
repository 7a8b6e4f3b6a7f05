package vn.hotline1022.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.reference.ReferenceNames;

/**
 * {@code hotline_topic_name{topic, name} 1} for every topic of the reference file: alerts join it to say "Đi lại,
 * vận chuyển" where the counting metrics carry the code (the ops team reads names, not codes). The file is read
 * once at start, so the set is fixed for the process.
 * (Not {@code _info}: the Prometheus client drops that suffix from a gauge's name.)
 */
@Component
class TopicInfoMetrics {

    TopicInfoMetrics(ReferenceNames reference, MeterRegistry registry) {
        reference.topics().forEach((code, name) -> Gauge.builder("hotline_topic_name", () -> 1)
                .description("The topic's name, for alerts to show").tag("topic", code).tag("name", name)
                .register(registry));
    }
}
