package vn.hotline1022.routing.escalation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class EscalationMetrics {

    private final MeterRegistry registry;

    void answered(String unit) {
        Counter.builder("hotline_escalations_answered_total").description("Escalations answered by units")
                .tag("unit", unit).register(registry).increment();
    }
}
