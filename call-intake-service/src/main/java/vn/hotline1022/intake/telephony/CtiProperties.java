package vn.hotline1022.intake.telephony;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The switchboards that may report calls, each with its own secret token (the last part of its CTI URL,
 * {@code /api/cti/<token>}; an empty token disables it), and which desk user answers at which extension.
 *
 * @param extensions  answeringNumber (extension, SIP user or login the PBX sends) → the desk user's login
 * @param popupWindow how long after pick-up an answered call is offered to its operator for logging
 * @param answerTarget       the wait a call should be answered within (service level: 80 % within 20 s)
 * @param serviceLevelTarget the share of calls that should be answered within {@code answerTarget}
 */
@ConfigurationProperties("hotline.intake.cti")
public record CtiProperties(@DefaultValue List<Switchboard> switchboards, @DefaultValue Map<String, String> extensions,
                            @DefaultValue("30m") Duration popupWindow, @DefaultValue("20s") Duration answerTarget,
                            @DefaultValue("0.8") double serviceLevelTarget) {

    /** @param name shown in logs and stored with each call; never the token */
    public record Switchboard(String name, String token) {
    }
}
