package vn.hotline1022.contracts.events;

import java.time.Instant;

/**
 * An outbound call of a desk operator as the switchboard reported it, once its outcome is known (answered, or hung
 * up unanswered with a cause). Routing records it as an attempt of that operator's open transfer to the dialled
 * number, so per-line health and the failover are fed by the switchboard rather than by a button.
 *
 * @param ctiCallId  the switchboard and its call id ({@code board:callId}); one event per outbound call
 * @param operator   the desk login the switchboard's user or extension maps to; null when unknown
 * @param number     the dialled number exactly as the switchboard sent it
 * @param outcome    CONNECTED, BUSY, NO_ANSWER or UNREACHABLE
 */
public record SwitchboardDialled(String ctiCallId, String switchboard, String operator, String number,
                                 String outcome, Instant dialledAt, Instant decidedAt) {
}
