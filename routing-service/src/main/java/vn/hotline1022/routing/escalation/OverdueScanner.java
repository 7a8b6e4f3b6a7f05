package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationDueSoon;
import vn.hotline1022.contracts.events.EscalationOverdue;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.routing.infra.UnitGauges;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminds the unit once, on its own topic, some hours before an open question is due; reports once per escalation
 * that passed its due time (the supervisor's board and alert); keeps the open/overdue gauges per unit.
 */
@Component
class OverdueScanner {

    private final EscalationStore store;
    private final OutboxDocuments outbox;
    private final UnitGauges gauges;
    private final Clock clock;
    private final EscalationProperties properties;

    OverdueScanner(EscalationStore store, OutboxDocuments outbox, UnitGauges gauges, Clock clock,
                   EscalationProperties properties) {
        this.properties = properties;
        this.store = store;
        this.outbox = outbox;
        this.gauges = gauges;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hotline.escalation.overdue-check:PT1M}", initialDelayString = "PT5S")
    int scan() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Document e : store.find(Filters.and(Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.lt("dueAt", Date.from(now)), Filters.ne("overdueNotified", true)), 500)) {
            Instant dueAt = e.getDate("dueAt").toInstant();
            Document event = outbox.entry(EventType.ESCALATION_OVERDUE, e.getString("_id"),
                    new EscalationOverdue(e.getString("_id"), e.getString("unitCode"), dueAt), now);
            reminded += store.update(Filters.and(Filters.eq("_id", e.getString("_id")),
                    Filters.eq("status", EscalationStatus.OPEN.name()), Filters.ne("overdueNotified", true)),
                    List.of(Updates.set("overdueNotified", true), Updates.set("overdueAt", Date.from(now))),
                    List.of(event)) ? 1 : 0;
        }
        remindDueSoon(now);
        refreshGauges(now);
        return reminded;
    }

    /** Open questions due within {@code reminderBefore}: one reminder each on the unit's topic. */
    int remindDueSoon(Instant now) {
        int reminded = 0;
        for (Document e : store.find(Filters.and(Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.gte("dueAt", Date.from(now)), Filters.lte("dueAt", Date.from(now.plus(properties.reminderBefore()))),
                Filters.ne("dueSoonNotified", true)), 500)) {
            String unit = e.getString("unitCode");
            Document event = outbox.entry(EventType.ESCALATION_DUE_SOON, Topics.escalationsFor(unit), e.getString("_id"),
                    new EscalationDueSoon(e.getString("_id"), unit, e.getString("question"),
                            e.getDate("dueAt").toInstant()), now);
            reminded += store.update(Filters.and(Filters.eq("_id", e.getString("_id")),
                    Filters.eq("status", EscalationStatus.OPEN.name()), Filters.ne("dueSoonNotified", true)),
                    List.of(Updates.set("dueSoonNotified", true), Updates.set("dueSoonAt", Date.from(now))),
                    List.of(event)) ? 1 : 0;
        }
        return reminded;
    }

    private void refreshGauges(Instant now) {
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        store.find(Filters.eq("status", EscalationStatus.OPEN.name()), 100_000).forEach(e -> {
            open.merge(e.getString("unitCode"), 1L, Long::sum);
            overdue.merge(e.getString("unitCode"), e.getDate("dueAt").toInstant().isBefore(now) ? 1L : 0L, Long::sum);
        });
        gauges.set("hotline_escalations_open", "Escalations waiting for the unit's answer", open);
        gauges.set("hotline_escalations_overdue", "Open escalations past their due time", overdue);
    }
}
