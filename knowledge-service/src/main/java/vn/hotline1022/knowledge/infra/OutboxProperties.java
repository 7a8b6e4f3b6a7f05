package vn.hotline1022.knowledge.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/** Which collections hold aggregates with an embedded outbox. */
@ConfigurationProperties("hotline.outbox")
public record OutboxProperties(@DefaultValue({"entries", "search_misses"}) List<String> collections) {
}
