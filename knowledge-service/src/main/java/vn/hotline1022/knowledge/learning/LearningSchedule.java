package vn.hotline1022.knowledge.learning;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.usage.UsageStore;

import java.time.Instant;

/**
 * Starts serving and learning once the application is ready (the search index is built from MongoDB at start-up,
 * before that): loads the active model, then polls the shared state every {@code pollInterval} and decides every
 * {@code checkInterval} whether a scheduled rebuild is due. Scheduled builds wait while learning is switched off.
 */
@Component
@RequiredArgsConstructor
class LearningSchedule {

    private static final Logger log = LoggerFactory.getLogger(LearningSchedule.class);

    private final LearningProperties properties;
    private final LearningStateStore state;
    private final ModelSync sync;
    private final ModelBuilder builder;
    private final UsageStore usage;
    private final TaskScheduler scheduler;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        poll();
        Instant now = Instant.now();
        scheduler.scheduleWithFixedDelay(this::poll, now.plus(properties.pollInterval()), properties.pollInterval());
        scheduler.scheduleWithFixedDelay(this::check, now.plus(properties.checkInterval()), properties.checkInterval());
    }

    void poll() {
        try {
            sync.poll();
        } catch (RuntimeException e) {   // the store may be away for a while; the next poll tries again
            log.warn("learning poll failed: {}", e.toString());
        }
    }

    void check() {
        try {
            LearningState current = state.read();
            Instant now = Instant.now();
            if (!current.enabled() || builder.building() || current.leaseHeld(now)) {
                return;
            }
            Instant lastRead = current.lastRead();
            if (RebuildPolicy.of(properties).due(usage.countLearnable(lastRead), lastRead, now)) {
                builder.start(ModelBuilder.Trigger.SCHEDULE, "system");
            }
        } catch (RuntimeException e) {
            log.warn("learning check failed: {}", e.toString());
        }
    }
}
