package vn.hotline1022.routing.transfer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Gauge;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** Counters named as agreed for dashboards; labels are unit codes and outcome names only (bounded). */
@Component
@RequiredArgsConstructor
class TransferMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger waitingForCall = new AtomicInteger();

    void attempt(String unit, String outcome) {
        Counter.builder("hotline_transfer_attempts_total").description("Dials of unit hotlines by outcome")
                .tag("unit", unit).tag("outcome", outcome).register(registry).increment();
    }

    void completed(String unit, boolean connected) {
        Counter.builder("hotline_transfers_completed_total").description("Transfers ended, connected or not")
                .tag("unit", unit).tag("connected", String.valueOf(connected)).register(registry).increment();
    }

    /** Outbound dials the switchboard reported, by what routing made of them (recorded, no transfer, ...). */
    void switchboardDial(String result) {
        Counter.builder("hotline_transfer_switchboard_dials_total")
                .description("Outbound dials reported by the switchboard, by how they were taken in")
                .tag("result", result).register(registry).increment();
    }

    /** Plans waiting right now for their call's call.received (ADR-007): a rising line means intake's events lag. */
    void waitingForCall(int change) {
        Gauge.builder("hotline_transfer_calls_awaited", waitingForCall, AtomicInteger::get)
                .description("Transfer plans waiting for their call to reach routing").register(registry);
        waitingForCall.addAndGet(change);
    }

    /** How a wait for call.received ended: the call arrived, or the plan was refused 409. */
    void callWaitEnded(boolean arrived) {
        Counter.builder("hotline_transfer_call_waits_total")
                .description("Transfer plans that waited for their call to reach routing, by how the wait ended")
                .tag("outcome", arrived ? "arrived" : "late").register(registry).increment();
    }
}
