package vn.hotline1022.reporting.infra;

import vn.hotline1022.support.kafka.NotRetryable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    /** A record missing a field the read models need is invalid content; retrying cannot mend it. */
    @Bean
    NotRetryable reportingNotRetryable() {
        return new NotRetryable(java.util.List.of(NullPointerException.class));
    }

}
