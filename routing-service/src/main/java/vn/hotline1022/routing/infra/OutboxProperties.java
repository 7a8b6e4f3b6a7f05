package vn.hotline1022.routing.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/** Which collections hold aggregates with an embedded outbox. */
@ConfigurationProperties("hotline.outbox")
public record OutboxProperties(@DefaultValue({"transfers", "escalations"}) List<String> collections) {
}
