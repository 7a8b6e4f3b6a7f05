package vn.hotline1022.knowledge.entry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.domain.EntryStatus;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** {@code hotline_knowledge_entries{status}}, counted every half minute rather than on every scrape. */
@Component
class EntryMetrics {

    private final EntryQueryStore store;
    private final Map<EntryStatus, AtomicLong> counts = new EnumMap<>(EntryStatus.class);

    EntryMetrics(EntryQueryStore store, MeterRegistry registry) {
        this.store = store;
        for (EntryStatus status : EntryStatus.values()) {
            AtomicLong value = new AtomicLong();
            counts.put(status, value);
            Gauge.builder("hotline_knowledge_entries", value, AtomicLong::get).tag("status", status.name())
                    .description("Knowledge entries by status").register(registry);
        }
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT1S")
    void refresh() {
        counts.forEach((status, value) -> value.set(store.countByStatus(status.name())));
    }
}
