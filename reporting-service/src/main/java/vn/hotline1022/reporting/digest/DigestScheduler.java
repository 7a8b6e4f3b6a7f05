package vn.hotline1022.reporting.digest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Issues every unit's digest for the day at the configured time (default 17:00 in the province). */
@Component
class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final DigestService digests;
    private final DigestProperties properties;
    private final Clock clock;

    DigestScheduler(DigestService digests, DigestProperties properties, Clock clock) {
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${hotline.digest.cron:0 0 17 * * *}", zone = "${hotline.digest.zone:Asia/Ho_Chi_Minh}")
    void issueToday() {
        issueAll(LocalDate.now(clock.withZone(properties.zone())));
    }

    int issueAll(LocalDate date) {
        int issued = 0;
        for (String unit : digests.unitsWithEscalations(date)) {
            try {
                digests.issue(unit, date);
                issued++;
            } catch (RuntimeException e) {
                log.error("digest for {} on {} not issued: {}", unit, date, e.toString());
            }
        }
        log.info("issued {} daily digests for {}", issued, date);
        return issued;
    }
}
