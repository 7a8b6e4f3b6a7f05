package vn.hotline1022.reporting.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Figures such as "today" and "last hour" read this clock, so tests can pin it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
