package vn.hotline1022.routing.rules;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.rules.domain.RouteDecision;
import vn.hotline1022.routing.rules.domain.RouteResolver;
import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** The rules as data: seeded from the letter's defaults, editable by supervisors, cached like the directory. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoutingRules implements InitializingBean {

    static final String SEED = "rules/default-rules.json";

    private final RuleStore store;
    private final Directory directory;
    private final Clock clock;
    private volatile List<RoutingRule> rules = List.of();

    @Override
    public void afterPropertiesSet() throws IOException {
        String json = new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
        RuleStore.parseSeed(json).forEach(r -> store.seed(r, clock.instant()));
        refresh();
    }

    @Scheduled(fixedDelayString = "${hotline.directory.refresh-interval:PT15S}")
    public void refresh() {
        rules = List.copyOf(store.findAll());
    }

    public List<RoutingRule> all() {
        return rules;
    }

    public RouteDecision route(String topic, String locality) {
        return RouteResolver.resolve(rules, directory.snapshot(), topic, locality);
    }
}
