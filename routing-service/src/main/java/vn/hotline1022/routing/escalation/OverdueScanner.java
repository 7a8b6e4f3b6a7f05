package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.infra.UnitGauges;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reminds the unit once, on its own topic, some hours before an open question is due; reports once per escalation
 * that passed its due time (the supervisor's board and alert); keeps the open/overdue gauges per unit.
 */
@Component
@RequiredArgsConstructor
class OverdueScanner {

    private final EscalationStore store;
    private final UnitGauges gauges;
    private final Clock clock;
    private final EscalationProperties properties;

    @Scheduled(fixedDelayString = "${hotline.escalation.overdue-check:PT1M}", initialDelayString = "PT5S")
    int scan() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Escalation e : store.overdueNotReported(now, 500)) {
            reminded += store.reportOverdue(e, now) ? 1 : 0;
        }
        remindDueSoon(now);
        refreshGauges(now);
        return reminded;
    }

    /** Open questions due within {@code reminderBefore}: one reminder each on the unit's topic. */
    int remindDueSoon(Instant now) {
        int reminded = 0;
        for (Escalation e : store.dueSoonNotReminded(now, now.plus(properties.reminderBefore()), 500)) {
            reminded += store.remindDueSoon(e, now) ? 1 : 0;
        }
        return reminded;
    }

    private void refreshGauges(Instant now) {
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        store.open(100_000).forEach(e -> {
            open.merge(e.unitCode(), 1L, Long::sum);
            overdue.merge(e.unitCode(), e.dueAt().isBefore(now) ? 1L : 0L, Long::sum);
        });
        gauges.set("hotline_escalations_open", "Escalations waiting for the unit's answer", open);
        gauges.set("hotline_escalations_overdue", "Open escalations past their due time", overdue);
    }
}
