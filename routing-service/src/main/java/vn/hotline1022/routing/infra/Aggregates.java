package vn.hotline1022.routing.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hotline1022.support.outbox.OutboxCollection;

/** The collections whose documents carry their own outbox; service-support's relay drains them. */
@Configuration(proxyBeanMethods = false)
class Aggregates {

    @Bean
    OutboxCollection routingOutboxes() {
        return new OutboxCollection("transfers", "units", "escalations");
    }
}
