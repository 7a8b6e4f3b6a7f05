package vn.hotline1022.routing.transfer.domain;

import java.util.Map;

/** A number's health with how often each outcome came up when it was dialled (in the order first seen). */
public record DialledNumber(NumberHealth health, Map<String, Long> attempts) {
}
