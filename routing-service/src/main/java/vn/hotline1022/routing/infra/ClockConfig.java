package vn.hotline1022.routing.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Injected everywhere time matters, so tests can pin "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
