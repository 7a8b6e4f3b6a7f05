package vn.hotline1022.reporting.digest;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Issues every unit's digest for the day at the configured time (default 17:00 in the province), on one replica
 * only ({@link DigestRunStore}).
 */
@Component
@RequiredArgsConstructor
class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    /** "pid@host": tells in digestRuns which replica issued a day's digests. */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    private final DigestService digests;
    private final DigestRunStore runs;
    private final DigestProperties properties;
    private final Clock clock;

    @Scheduled(cron = "${hotline.digest.cron:0 0 17 * * *}", zone = "${hotline.digest.zone:Asia/Ho_Chi_Minh}")
    void issueToday() {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        if (!runs.claim(today, OWNER, clock.instant())) {
            log.info("digests for {} are issued by {}", today, runs.owner(today));
            return;
        }
        runs.finished(today, issueAll(today), clock.instant());
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
