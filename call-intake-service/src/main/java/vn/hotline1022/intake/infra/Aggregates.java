package vn.hotline1022.intake.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hotline1022.support.outbox.OutboxCollection;

/** The collections whose documents carry their own outbox; service-support's relay drains them. */
@Configuration(proxyBeanMethods = false)
class Aggregates {

    @Bean
    OutboxCollection callsOutbox() {
        return new OutboxCollection("calls");
    }

    /** A switchboard call announces an operator's outbound dial in its own write. */
    @Bean
    OutboxCollection ctiCallsOutbox() {
        return new OutboxCollection("cti_calls");
    }
}
