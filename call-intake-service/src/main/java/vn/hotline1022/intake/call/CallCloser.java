package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.CallAlreadyClosedException;
import vn.hotline1022.intake.call.domain.Closing;

import java.time.Clock;
import java.time.Instant;

/** The one way a call is closed, by its operator or by routing's events: one write with its events, then metrics. */
@Component
@RequiredArgsConstructor
class CallCloser {

    private static final Logger log = LoggerFactory.getLogger(CallCloser.class);

    private final CallStore store;
    private final CallEvents events;
    private final CallMetrics metrics;
    private final Clock clock;

    Call close(Call current, Closing closing) {
        Instant now = clock.instant();
        Call closed = current.close(closing, now);
        if (!store.close(closed, events.closed(closed, now))) {
            throw new CallAlreadyClosedException(current.id());
        }
        metrics.closed(closed);
        metrics.settled(closed.current());
        log.info("call {} closed: {} after {} s by {}", closed.id(), closed.outcome(), closed.handleSeconds(),
                closed.closedBy());
        return closed;
    }
}
