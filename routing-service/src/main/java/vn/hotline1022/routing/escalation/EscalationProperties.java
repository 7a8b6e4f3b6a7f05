package vn.hotline1022.routing.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hotline1022.routing.directory.domain.EscalationDue;
import vn.hotline1022.routing.escalation.domain.DueDatePolicy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Escalation defaults. A unit's own {@code escalationDue} in the directory overrides {@code due}.
 * {@code similarityThreshold}: how alike (0..1) a new question must be to join an open escalation.
 * {@code reminderBefore}: how long before its due time the unit is reminded of an open question (once).
 */
@ConfigurationProperties("hotline.escalation")
public record EscalationProperties(
        @DefaultValue("0.5") double similarityThreshold,
        @DefaultValue("TIEU_BAN_TTTT") String fallbackUnit,
        @DefaultValue("1") int dueWorkingDays,
        @DefaultValue("17:00") LocalTime dueTime,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("PT4H") java.time.Duration reminderBefore) {

    public DueDatePolicy duePolicy() {
        return new DueDatePolicy(zone, new EscalationDue(dueWorkingDays, dueTime), Set.copyOf(holidays));
    }
}
