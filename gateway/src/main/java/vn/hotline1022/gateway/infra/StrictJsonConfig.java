package vn.hotline1022.gateway.infra;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hotline1022.contracts.json.StrictJson;

/**
 * The gateway's own APIs (login, users) read JSON as strictly as the services do (service-support's
 * StrictJsonAutoConfiguration, which the WebFlux gateway does not load).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfig {

    @Bean
    JsonMapperBuilderCustomizer strictTextCoercion() {
        return StrictJson::textStaysText;
    }
}
