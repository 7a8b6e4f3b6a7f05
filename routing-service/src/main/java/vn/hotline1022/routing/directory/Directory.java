package vn.hotline1022.routing.directory;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.domain.Unit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hotline directory as the rest of the service reads it: an in-memory snapshot of {@code units}, seeded from
 * the letter on first start and refreshed periodically so edits made through another replica show up.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Directory implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Directory.class);
    static final String SEED = "directory/units.json";
    static final String SOURCE = "Công văn 836/BCĐ-TBTT ngày 26/8/2021";

    private final DirectoryStore store;
    private final Clock clock;
    private volatile Map<String, Unit> units = Map.of();      // in service: what rules, plans and escalations may name
    private volatile Map<String, Unit> everyone = Map.of();   // retired ones too: names in history, the supervisor's list

    /** Runs before Kafka listeners start, so the first question already finds its unit. */
    @Override
    public void afterPropertiesSet() throws IOException {
        String json = new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
        List<Unit> seed = UnitDocuments.parseSeed(json);
        long inserted = seed.stream()
                .filter(u -> store.seed(u, SOURCE, clock.instant())).count();
        log.info("hotline directory: {} units in seed, {} newly inserted, {} announced on {}", seed.size(), inserted,
                store.announceUnannounced(clock.instant()), vn.hotline1022.contracts.Topics.UNIT_CHANGED);
        refresh();
    }

    @Scheduled(fixedDelayString = "${hotline.directory.refresh-interval:PT15S}")
    public void refresh() {
        Map<String, Unit> loaded = new LinkedHashMap<>();
        store.findAll().forEach(u -> loaded.put(u.code(), u));
        Map<String, Unit> active = new LinkedHashMap<>();
        loaded.values().stream().filter(u -> !u.retired()).forEach(u -> active.put(u.code(), u));
        everyone = Map.copyOf(loaded);
        units = Map.copyOf(active);
    }

    /** Every unit, retired ones included. */
    public Map<String, Unit> all() {
        return everyone;
    }

    /** The units in service. */
    public Map<String, Unit> snapshot() {
        return units;
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(units.get(code));
    }
}
