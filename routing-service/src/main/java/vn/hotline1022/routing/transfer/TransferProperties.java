package vn.hotline1022.routing.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hotline1022.routing.transfer.domain.CoolDownPolicy;

import java.time.Duration;
import java.time.ZoneId;

/**
 * {@code hotline.transfer.cool-down.failures} consecutive line failures make a number rest for
 * {@code hotline.transfer.cool-down.duration}; opening hours are read in {@code zone}. A plan for a call routing has
 * not heard of yet waits up to {@code call-known-within} for intake's call.received, reading again every
 * {@code call-poll-interval} (ADR-007); the wait must stay well under the gateway's response timeout for routing (5 s).
 */
@ConfigurationProperties("hotline.transfer")
public record TransferProperties(@DefaultValue CoolDown coolDown, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
                                 @DefaultValue("3s") Duration callKnownWithin,
                                 @DefaultValue("100ms") Duration callPollInterval) {

    public record CoolDown(@DefaultValue("3") int failures, @DefaultValue("10m") Duration duration) {
    }

    public CoolDownPolicy policy() {
        return new CoolDownPolicy(coolDown.failures(), coolDown.duration());
    }
}
