package vn.hotline1022.intake.call;

/** In-process news that an operator logged a call the switchboard had offered them (ctiCallId). */
public record CallLogged(String callId, String ctiCallId, String operator) {
}
