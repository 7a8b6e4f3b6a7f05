package vn.hotline1022.routing.directory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.domain.Unit;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code hotline_unit_name{unit, name} 1} for every unit of the directory: alerts join it so the ops team reads
 * "Sở Giao thông vận tải", not SO_GTVT. Units are added and renamed at run time, so the series follow the directory
 * (a renamed unit's old series is removed, or the join would see two names).
 * (Not {@code _info}: the Prometheus client drops that suffix from a gauge's name.)
 */
@Component
@RequiredArgsConstructor
class UnitInfoMetrics {

    private final Directory directory;
    private final MeterRegistry registry;
    private final Map<String, Meter> byUnit = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    @Scheduled(initialDelay = 0, fixedDelayString = "${hotline.transfer.health-refresh:PT10S}")
    synchronized void refresh() {
        for (Unit unit : directory.snapshot().values()) {
            String name = unit.name() == null || unit.name().isBlank() ? unit.code() : unit.name();
            if (name.equals(names.get(unit.code()))) {
                continue;
            }
            Meter old = byUnit.remove(unit.code());
            if (old != null) {
                registry.remove(old);
            }
            byUnit.put(unit.code(), Gauge.builder("hotline_unit_name", () -> 1)
                    .description("The unit's name, for alerts to show").tag("unit", unit.code()).tag("name", name)
                    .register(registry));
            names.put(unit.code(), name);
        }
    }
}
