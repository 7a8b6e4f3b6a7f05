package vn.hotline1022.knowledge.publicfeed;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.domain.Vocabulary;
import vn.hotline1022.knowledge.entry.EntryQueryStore;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Duration;
import java.util.List;

/**
 * Published answers for the COVID portal, website and fanpage: no login, PUBLISHED only, and only public fields
 * (never internal notes, history or who edited). Cacheable for a few minutes; ETags come from the filter.
 */
@RestController
@RequiredArgsConstructor
class PublicAnswersController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final EntryQueryStore store;

    @GetMapping(path = "/public/answers", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublicAnswersPage> answers(@RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "20") int size,
                                              @RequestParam(required = false) String topic) {
        check(page, size, topic);
        List<PublicAnswer> items = store.published(page, size, topic).stream().map(PublicAnswer::of).toList();
        return ResponseEntity.ok().cacheControl(CACHE).body(new PublicAnswersPage(items, page, size,
                store.count("PUBLISHED", topic)));
    }

    @GetMapping(path = "/public/answers.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> atom(@RequestParam(required = false) String topic) {
        check(0, 50, topic);
        return ResponseEntity.ok().cacheControl(CACHE)
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(AtomFeed.render(store.published(0, 50, topic).stream().map(PublicAnswer::of).toList()));
    }

    private static void check(int page, int size, String topic) {
        if (page < 0) {
            throw new InvalidFieldException("page", "knowledge.page.min");
        }
        if (size < 1 || size > 100) {
            throw new InvalidFieldException("size", "knowledge.page-size.range");
        }
        if (topic != null && !Vocabulary.TOPICS.contains(topic)) {
            throw new InvalidFieldException("topic", "knowledge.topic.invalid", topic);
        }
    }
}
