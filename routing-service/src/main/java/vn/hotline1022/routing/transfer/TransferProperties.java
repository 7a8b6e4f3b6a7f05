package vn.hotline1022.routing.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hotline1022.routing.transfer.domain.CoolDownPolicy;

import java.time.Duration;
import java.time.ZoneId;

/**
 * {@code hotline.transfer.cool-down.failures} consecutive line failures make a number rest for
 * {@code hotline.transfer.cool-down.duration}; opening hours are read in {@code zone}.
 */
@ConfigurationProperties("hotline.transfer")
public record TransferProperties(@DefaultValue CoolDown coolDown, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    public record CoolDown(@DefaultValue("3") int failures, @DefaultValue("10m") Duration duration) {
    }

    public CoolDownPolicy policy() {
        return new CoolDownPolicy(coolDown.failures(), coolDown.duration());
    }
}
