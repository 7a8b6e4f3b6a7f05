package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Finishes merges and splits that a crash (or a lost connection) left between their two document writes. Only
 * intents older than a minute are picked up, so a request still in flight finishes its own work.
 */
@Component
@RequiredArgsConstructor
class PendingMoves {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final EscalationSupervision supervision;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${hotline.escalation.overdue-check:PT1M}", initialDelayString = "PT20S")
    int resume() {
        return supervision.resumePending(clock.instant().minus(GRACE));
    }
}
