package vn.hotline1022.intake.call;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.Question;

import java.time.Duration;

/**
 * hotline_calls_received_total{topic,locality,channel}, hotline_calls_closed_total{topic,outcome},
 * hotline_questions_settled_total{topic,outcome},
 * hotline_call_handle_seconds. Labels are codes validated against the reference data, so they stay bounded.
 */
@Component
class CallMetrics {

    private final MeterRegistry registry;
    private final Timer handleTime;

    CallMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.handleTime = Timer.builder("hotline.call.handle")
                .description("Time operators spend on a call, from pick-up to close")
                .publishPercentileHistogram()
                .register(registry);
    }

    void received(Call c) {
        Counter.builder("hotline.calls.received").description("Calls logged")
                .tags("topic", c.topic(), "locality", c.locality(), "channel", c.channel().name())
                .register(registry).increment();
    }

    /** One per question when it is settled, so questions per outcome sit beside calls per outcome. */
    void settled(Question q) {
        Counter.builder("hotline.questions.settled").description("Questions settled, by outcome")
                .tags("topic", q.topic(), "outcome", q.outcome().name())
                .register(registry).increment();
    }

    void closed(Call c) {
        Counter.builder("hotline.calls.closed").description("Calls closed, by outcome")
                .tags("topic", c.topic(), "outcome", c.outcome().name())
                .register(registry).increment();
        handleTime.record(Duration.ofSeconds(c.handleSeconds()));
    }
}
