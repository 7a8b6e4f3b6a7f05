package vn.hotline1022.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Province-specific settings. Another province points {@code gazetteer}/{@code topics} at its own files
 * (e.g. {@code file:/etc/hotline/gazetteer.json}) and sets its own area code.
 *
 * @param homeAreaCode area code without the trunk 0, prepended to 7-digit local landline numbers
 * @param maxPageSize  cap on {@code size} of call searches, so one request cannot pull the whole collection
 * @param historyWindow how far back a caller's history (and the repeat-caller flag) looks
 * @param zone         the hotline's time zone: date-only filters mean local days
 * @param callbackMaxAttempts attempts to call a citizen back with a unit's answer before the task is marked
 *                     unreachable
 */
@ConfigurationProperties("hotline.intake")
public record IntakeProperties(
        @DefaultValue("classpath:reference/gazetteer-binh-thuan.json") Resource gazetteer,
        @DefaultValue("classpath:reference/topics-covid-1022.json") Resource topics,
        @DefaultValue("252") String homeAreaCode,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("90d") Duration historyWindow,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("3") int callbackMaxAttempts) {
}
