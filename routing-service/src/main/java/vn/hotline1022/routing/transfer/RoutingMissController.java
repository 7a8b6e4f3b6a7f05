package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The "routing misses" list: transfers that reached a unit which was not responsible, newest first. */
@RestController
@RequiredArgsConstructor
class RoutingMissController {

    private final RoutingMissStore misses;
    private final Clock clock;

    @GetMapping("/api/routing/misses")
    List<RoutingMissStore.Miss> misses(@RequestParam(defaultValue = "7") int days) {
        if (days < 1 || days > 92) {
            throw new InvalidFieldException("days", "routing.misses.days.range");
        }
        return misses.since(clock.instant().minus(Duration.ofDays(days)), 500);
    }
}
