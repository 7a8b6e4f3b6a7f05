package vn.hotline1022.contracts.events;

import java.util.List;

/** A unit answered an escalation; every call attached to it is listed so callers can be called back. */
public record EscalationAnswered(String escalationId, String unitCode, String question, String answer,
                                 String topic, String locality, List<String> callIds) {
}
