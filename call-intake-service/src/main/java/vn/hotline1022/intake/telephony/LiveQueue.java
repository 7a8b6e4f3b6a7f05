package vn.hotline1022.intake.telephony;

import org.springframework.stereotype.Component;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.telephony.domain.CtiCall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The switchboard's day as the wall and the supervisor see it: who is ringing now and for how long, and today's
 * answered, missed (abandoned) and blocked calls by hour, with how long callers waited before giving up.
 */
@Component
class LiveQueue {

    /** A call ringing longer than this without any news was lost by the PBX, not a caller still waiting. */
    private static final Duration STALE = Duration.ofMinutes(30);

    record Hour(int hour, long answered, long missed, long blocked, Double averageWaitBeforeGivingUpSeconds) {
    }

    /**
     * {@code serviceLevel}: today's calls answered within {@code targetSeconds} over all calls that rang (answered
     * + missed), null before the first; {@code serviceLevelTarget} the share aimed at (80 % in 20 s by default).
     */
    record View(Instant at, long ringingNow, Long longestWaitSeconds, long answeredToday, long missedToday,
                long blockedToday, Double abandonmentRate, List<Hour> byHour, long answeredInTargetToday,
                Double serviceLevel, long targetSeconds, double serviceLevelTarget) {
    }

    private final Switchboard switchboard;
    private final ZoneId zone;
    private final Clock clock;

    private final CtiProperties cti;

    LiveQueue(Switchboard switchboard, IntakeProperties properties, CtiProperties cti, Clock clock) {
        this.cti = cti;
        this.switchboard = switchboard;
        this.zone = properties.zone();
        this.clock = clock;
    }

    View now() {
        Instant now = clock.instant();
        Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        long ringing = 0;
        Long longest = null;
        long[] answered = new long[24], missed = new long[24], blocked = new long[24], waited = new long[24];
        long inTarget = 0;
        long target = cti.answerTarget().toSeconds();
        for (CtiCall c : switchboard.since(midnight.isBefore(now.minus(STALE)) ? midnight : now.minus(STALE))) {
            if (c.direction() != vn.hotline1022.intake.telephony.domain.CtiEvent.Direction.IN || c.ringingAt() == null) {
                continue;
            }
            if (c.ringing() && c.ringingAt().isAfter(now.minus(STALE))) {
                ringing++;
                long wait = Math.max(0, Duration.between(c.ringingAt(), now).toSeconds());
                longest = longest == null ? wait : Math.max(longest, wait);
            }
            if (c.ringingAt().isBefore(midnight)) {
                continue;
            }
            int hour = c.ringingAt().atZone(zone).getHour();
            if (c.blocked()) {
                blocked[hour]++;
            } else if (c.answeredAt() != null) {
                answered[hour]++;
                if (c.waitSeconds() != null && c.waitSeconds() <= target) {
                    inTarget++;
                }
            } else if (c.missed()) {
                missed[hour]++;
                waited[hour] += c.waitSeconds() == null ? 0 : c.waitSeconds();
            }
        }
        List<Hour> hours = new ArrayList<>();
        long a = 0, m = 0, b = 0;
        for (int h = 0; h < 24; h++) {
            a += answered[h];
            m += missed[h];
            b += blocked[h];
            if (answered[h] + missed[h] + blocked[h] > 0) {
                hours.add(new Hour(h, answered[h], missed[h], blocked[h],
                        missed[h] == 0 ? null : (double) waited[h] / missed[h]));
            }
        }
        return new View(now, ringing, longest, a, m, b, a + m == 0 ? null : (double) m / (a + m), hours, inTarget,
                a + m == 0 ? null : (double) inTarget / (a + m), target, cti.serviceLevelTarget());
    }
}
