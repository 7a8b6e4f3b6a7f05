package vn.hotline1022.reporting.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/** The topic codes that always get a spike gauge (bounded label set) and how often the gauges are recomputed. */
@ConfigurationProperties("hotline.reporting.metrics")
public record MetricsProperties(
        @DefaultValue({"HEALTH_STATUS", "HARDSHIP_SUPPORT", "PRICES_GOODS", "TRAVEL_TRANSPORT", "UNEMPLOYMENT",
                "QUARANTINE_FOOD", "MOVEMENT_DIRECTIVES", "VACCINATION", "TESTING_QUARANTINE", "OTHER"})
        List<String> topics,
        @DefaultValue("PT1M") Duration refresh,
        @DefaultValue("40") int maxTopics) {
}
