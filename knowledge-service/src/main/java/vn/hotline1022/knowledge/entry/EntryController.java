package vn.hotline1022.knowledge.entry;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.support.web.ApiException;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.domain.EntryAction;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryOrigin;
import vn.hotline1022.knowledge.domain.EntryStatus;
import vn.hotline1022.knowledge.domain.Vocabulary;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;

import java.net.URI;

/** Supervisors' CRUD and workflow of entries; operators may read an approved entry and mark it used. */
@RestController
@RequestMapping("/api/knowledge/entries")
@RequiredArgsConstructor
class EntryController {

    private final EntryStore store;
    private final EntryQueryStore queries;
    private final CurrentUserResolver users;
    private final EntryChanges changes;
    private final EntryUsages usages;

    @PostMapping
    ResponseEntity<EntryView> create(@RequestBody EntryRequest request) {
        CurrentUser user = Roles.require(users.current(), Roles.EDITORS);
        EntryContent content = valid(request);
        if (content.externalId() != null && store.findByExternalId(content.externalId()).isPresent()) {
            throw new InvalidFieldException("externalId", "knowledge.entry.external-id.exists", content.externalId());
        }
        Entry entry = store.create(content, EntryStatus.DRAFT, user.username(), EntryOrigin.none());
        changes.reindex(entry.id());
        return ResponseEntity.created(URI.create("/api/knowledge/entries/" + entry.id()))
                .body(EntryView.of(store.get(entry.id())));
    }

    @GetMapping
    EntryPage list(@RequestParam(required = false) String status, @RequestParam(required = false) String topic,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Roles.require(users.current(), Roles.EDITORS);
        if (status != null && EntryStatus.parse(status) == null) {
            throw new InvalidFieldException("status", "knowledge.status.invalid", status);
        }
        if (topic != null && !Vocabulary.TOPICS.contains(topic)) {
            throw new InvalidFieldException("topic", "knowledge.topic.invalid", topic);
        }
        int boundedSize = Math.max(1, Math.min(size, 200));
        int from = Math.max(page, 0);
        return new EntryPage(queries.list(status, topic, from, boundedSize).stream().map(EntryView::of).toList(), from,
                boundedSize, queries.count(status, topic));
    }

    @GetMapping("/{id}")
    EntryView get(@PathVariable String id) {
        CurrentUser user = Roles.require(users.current(), Roles.DESK);
        Entry entry = store.get(id);
        boolean editor = user.hasRole("SUPERVISOR") || user.hasRole("ADMIN");
        if (!editor && !EntryStatus.valueOf(entry.status()).operatorVisible()) {
            throw ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "knowledge.entry.not-found", id);
        }
        return EntryView.of(entry);
    }

    @PutMapping("/{id}")
    EntryView update(@PathVariable String id, @RequestBody EntryRequest request) {
        CurrentUser user = Roles.require(users.current(), Roles.EDITORS);
        EntryContent content = valid(request);
        Entry current = store.get(id);
        if (content.externalId() != null) {
            store.findByExternalId(content.externalId()).filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw new InvalidFieldException("externalId", "knowledge.entry.external-id.taken", content.externalId());
                    });
        }
        store.update(current, content, null, user.username(), "UPDATED");
        changes.reindex(id);
        return EntryView.of(store.get(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        CurrentUser user = Roles.require(users.current(), Roles.EDITORS);
        store.delete(id, user.username());
        changes.reindex(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/{action:approve|publish|archive}")
    EntryView transition(@PathVariable String id, @PathVariable String action) {
        CurrentUser user = Roles.require(users.current(), Roles.EDITORS);
        store.transition(id, EntryAction.valueOf(action.toUpperCase()), user.username());
        changes.reindex(id);
        return EntryView.of(store.get(id));
    }

    @PostMapping("/{id}/used")
    EntryView used(@PathVariable String id, @Valid @RequestBody UsedRequest request) {
        CurrentUser user = Roles.require(users.current(), Roles.DESK);
        Entry entry = store.markUsed(id, request.callId(), request.question(), user.username());
        changes.used();
        changes.reindex(id);
        usages.used(entry, request.callId(), request.question(), user.username());
        return EntryView.of(entry);
    }

    @DeleteMapping("/{id}/learned-phrasings/{phrasingId}")
    EntryView rejectLearned(@PathVariable String id, @PathVariable String phrasingId) {
        CurrentUser user = Roles.require(users.current(), Roles.EDITORS);
        var text = store.get(id).learnedText(phrasingId);
        Entry entry = store.removeLearnedPhrasing(id, phrasingId, user.username());
        changes.reindex(id);
        text.ifPresent(words -> usages.rejected(entry, words, user.username()));
        return EntryView.of(entry);
    }

    private static EntryContent valid(EntryRequest request) {
        EntryContent content = request.content();
        var problems = content.problems();
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.get(0).field(), problems.get(0).messageCode(),
                    problems.get(0).args().toArray());
        }
        return content;
    }
}
