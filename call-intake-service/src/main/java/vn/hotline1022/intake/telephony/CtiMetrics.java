package vn.hotline1022.intake.telephony;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * hotline_cti_calls_total{outcome=ringing|answered|missed|blocked} and hotline_cti_wait_seconds{outcome}: how long
 * callers waited before someone answered or before they gave up (abandonment).
 */
@Component
class CtiMetrics {

    private final MeterRegistry registry;
    private final double answerTarget;

    CtiMetrics(MeterRegistry registry, CtiProperties properties) {
        this.registry = registry;
        this.answerTarget = properties.answerTarget().toSeconds();
    }

    void counted(String outcome) {
        Counter.builder("hotline.cti.calls").description("Switchboard calls in, by what became of them")
                .tag("outcome", outcome).register(registry).increment();
    }

    void waited(String outcome, long seconds) {
        DistributionSummary.builder("hotline.cti.wait").baseUnit("seconds")
                .description("Seconds a caller waited before an answer or before hanging up").tag("outcome", outcome)
                .publishPercentileHistogram().serviceLevelObjectives(answerTarget).register(registry).record(seconds);
    }

    /** Outbound dials of the desk by outcome, as the switchboard reported them. */
    void dialled(String outcome) {
        Counter.builder("hotline.cti.dialled").description("Outbound calls of the desk, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }
}
