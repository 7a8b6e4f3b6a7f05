package vn.hotline1022.knowledge.operator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.domain.Vocabulary;
import vn.hotline1022.knowledge.entry.Roles;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.search.SearchHit;
import vn.hotline1022.knowledge.search.SearchRequest;
import vn.hotline1022.knowledge.search.SearchResult;
import vn.hotline1022.knowledge.search.Suggestion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What operators type into: ranked search, as-you-type suggestions, and the supervisors' list of misses. */
@RestController
class SearchController {

    record SearchResponse(String query, List<SearchHit> hits, boolean goodHit) {
    }

    private final SearchEngine engine;
    private final SearchMissStore misses;
    private final PendingMisses pendingMisses;
    private final CurrentUserResolver users;
    private final MeterRegistry registry;
    private final Timer timer;

    SearchController(SearchEngine engine, SearchMissStore misses, PendingMisses pendingMisses, CurrentUserResolver users,
                     MeterRegistry registry) {
        this.engine = engine;
        this.misses = misses;
        this.pendingMisses = pendingMisses;
        this.users = users;
        this.registry = registry;
        this.timer = Timer.builder("hotline_knowledge_search_seconds").description("Operator search latency in the service")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    @GetMapping("/api/knowledge/search")
    SearchResponse search(@RequestParam String q, @RequestParam(required = false) String topic,
                          @RequestParam(required = false) String locality, @RequestParam(defaultValue = "10") int limit,
                          @RequestParam(required = false) String boostTopic,
                          @RequestParam(required = false) String boostLocality) {
        var user = Roles.require(users.current(), Roles.DESK);
        if (q.isBlank() || q.length() > 1000) {
            throw new InvalidFieldException("q", "knowledge.search.q.length");
        }
        if (topic != null && !Vocabulary.TOPICS.contains(topic)) {
            throw new InvalidFieldException("topic", "knowledge.topic.invalid", topic);
        }
        if (locality != null && !Vocabulary.LOCALITIES.contains(locality)) {
            throw new InvalidFieldException("locality", "knowledge.locality.invalid", locality);
        }
        if (boostTopic != null && !Vocabulary.TOPICS.contains(boostTopic)) {
            throw new InvalidFieldException("boostTopic", "knowledge.topic.invalid", boostTopic);
        }
        if (boostLocality != null && !Vocabulary.LOCALITIES.contains(boostLocality)) {
            throw new InvalidFieldException("boostLocality", "knowledge.locality.invalid", boostLocality);
        }
        if (limit < 1 || limit > 50) {
            throw new InvalidFieldException("limit", "knowledge.search.limit.range");
        }
        SearchResult result = timer.record(() -> engine.search(new SearchRequest(q, topic, locality, limit, boostTopic,
                boostLocality)));
        registry.counter("hotline_knowledge_searches_total", "result", result.confident() ? "hit" : "miss").increment();
        if (result.confident()) {
            pendingMisses.answered(q, user.username());
        } else {
            pendingMisses.missed(q, topic, locality, user.username());
        }
        return new SearchResponse(q, result.hits(), result.confident());
    }

    @GetMapping("/api/knowledge/suggest")
    List<Suggestion> suggest(@RequestParam String q, @RequestParam(defaultValue = "8") int limit) {
        Roles.require(users.current(), Roles.DESK);
        if (q.length() > 200) {
            throw new InvalidFieldException("q", "knowledge.suggest.max-200");
        }
        return engine.suggest(q, limit);
    }

    @GetMapping("/api/knowledge/search-misses")
    List<SearchMissView> topMisses(@RequestParam(defaultValue = "7") int days, @RequestParam(defaultValue = "20") int limit) {
        Roles.require(users.current(), Roles.EDITORS);
        if (days < 1 || days > 366) {
            throw new InvalidFieldException("days", "knowledge.misses.days.range");
        }
        return misses.top(Instant.now().minus(Duration.ofDays(days)), Math.max(1, Math.min(limit, 200)));
    }
}
