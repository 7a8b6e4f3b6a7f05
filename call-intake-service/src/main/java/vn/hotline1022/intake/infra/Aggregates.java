package vn.hotline1022.intake.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hotline1022.support.outbox.OutboxCollection;

/** The collections whose documents carry their own outbox; service-support's relay drains them. */
@Configuration(proxyBeanMethods = false)
class Aggregates {

    /** Calls; and switchboard calls, which announce an operator's outbound dial in their own write. */
    @Bean
    OutboxCollection intakeOutboxes() {
        return new OutboxCollection("calls", "cti_calls");
    }
}
