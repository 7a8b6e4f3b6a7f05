package vn.hotline1022.routing.infra;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-unit gauges whose values are recomputed by a scheduled job (never by a database query per scrape).
 * Unit codes come from the directory, so the label set stays bounded.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnitGauges {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
    private final Map<String, Meter> meters = new ConcurrentHashMap<>();

    /**
     * Exposes {@code name} for exactly the units of {@code byUnit}: the others are removed from the scrape, not set
     * to 0 — for gauges where 0 means an outage and "not applicable" must not look like one.
     */
    public synchronized void replace(String name, String description, Map<String, Long> byUnit) {
        values.keySet().removeIf(key -> {
            if (!key.startsWith(name + "|") || byUnit.containsKey(key.substring(name.length() + 1))) {
                return false;
            }
            registry.remove(meters.remove(key));
            return true;
        });
        set(name, description, byUnit);
    }

    /** Sets every unit of {@code name}; units missing from {@code byUnit} drop to 0. */
    public synchronized void set(String name, String description, Map<String, Long> byUnit) {
        values.forEach((key, value) -> {
            if (key.startsWith(name + "|") && !byUnit.containsKey(key.substring(name.length() + 1))) {
                value.set(0);
            }
        });
        byUnit.forEach((unit, v) -> values.computeIfAbsent(name + "|" + unit, k -> {
            AtomicLong holder = new AtomicLong();
            meters.put(k, Gauge.builder(name, holder, AtomicLong::get).description(description).tag("unit", unit)
                    .register(registry));
            return holder;
        }).set(v));
    }
}
