package vn.hotline1022.knowledge.synonym;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.entry.Roles;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;
import vn.hotline1022.knowledge.search.SearchEngine;

import java.util.List;

/** Supervisors edit the synonym groups ("vắc xin, vaccine, vacxin"); the change applies to the next search. */
@RestController
@RequiredArgsConstructor
class SynonymController {

    record SynonymList(@NotNull(message = "knowledge.synonyms.groups.required") @Size(max = 2000) List<List<String>> groups) {
    }

    private final SynonymStore store;
    private final SearchEngine engine;
    private final CurrentUserResolver users;

    @GetMapping("/api/knowledge/synonyms")
    SynonymsView get() {
        Roles.require(users.current(), Roles.EDITORS);
        return new SynonymsView(store.groups());
    }

    @PutMapping("/api/knowledge/synonyms")
    SynonymsView put(@Valid @RequestBody SynonymList body) {
        var user = Roles.require(users.current(), Roles.EDITORS);
        for (int i = 0; i < body.groups().size(); i++) {
            List<String> group = body.groups().get(i);
            if (group == null || group.stream().filter(p -> p != null && !p.isBlank()).count() < 2) {
                throw new InvalidFieldException("groups[" + i + "]", "knowledge.synonyms.group.min-two");
            }
        }
        store.replace(body.groups(), user.username());
        engine.useSynonyms(store.current());
        return new SynonymsView(store.groups());
    }
}
