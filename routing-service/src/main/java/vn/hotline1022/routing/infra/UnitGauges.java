package vn.hotline1022.routing.infra;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-unit gauges whose values are recomputed by a scheduled job (never by a database query per scrape).
 * Unit codes come from the directory, so the label set stays bounded.
 */
@Component
public class UnitGauges {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    UnitGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Sets every unit of {@code name}; units missing from {@code byUnit} drop to 0. */
    public void set(String name, String description, Map<String, Long> byUnit) {
        values.forEach((key, value) -> {
            if (key.startsWith(name + "|") && !byUnit.containsKey(key.substring(name.length() + 1))) {
                value.set(0);
            }
        });
        byUnit.forEach((unit, v) -> values.computeIfAbsent(name + "|" + unit, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).description(description).tag("unit", unit).register(registry);
            return holder;
        }).set(v));
    }
}
