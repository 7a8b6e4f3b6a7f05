package vn.hotline1022.support.clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The clock injected everywhere time matters, so tests can pin "now" with a bean of their own. On its own, so that
 * a web slice test can import just this ({@code @ImportAutoConfiguration}) instead of declaring a clock again.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
