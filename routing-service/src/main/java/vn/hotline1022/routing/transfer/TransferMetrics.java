package vn.hotline1022.routing.transfer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Counters named as agreed for dashboards; labels are unit codes and outcome names only (bounded). */
@Component
@RequiredArgsConstructor
class TransferMetrics {

    private final MeterRegistry registry;

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
}
