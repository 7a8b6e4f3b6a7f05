package vn.hotline1022.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The desk's knobs. An import of more than {@code importAsyncThreshold} rows answers 202 and runs in the background
 * (a supervisor's browser must not wait on 5,000 rows); a search without a good hit counts as a miss once the
 * operator's typing has settled for {@code missSettle}.
 */
@ConfigurationProperties("hotline.knowledge")
public record KnowledgeProperties(
        @DefaultValue("1000") int importAsyncThreshold,
        @DefaultValue("PT20S") Duration missSettle) {

    public KnowledgeProperties {
        if (importAsyncThreshold < 0 || missSettle.isNegative()) {
            throw new IllegalArgumentException("hotline.knowledge: import-async-threshold and miss-settle must be >= 0");
        }
    }
}
