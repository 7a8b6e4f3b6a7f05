package vn.hotline1022.intake.call;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.intake.reference.domain.ReferenceData;

@RestController
@RequestMapping("/api/calls")
@RequiredArgsConstructor
class CallController {

    private final CallService calls;
    private final CallSearch search;
    private final ReferenceData reference;
    private final CurrentUserResolver users;

    /** A retry with the same Idempotency-Key answers 201 with the same call and {@code Idempotent-Replayed: true}. */
    @PostMapping
    ResponseEntity<CallView> create(@Valid @RequestBody NewCallRequest request,
                                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        CallService.Created created = calls.create(request, user, key);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/calls/" + created.call().id())
                .header("Idempotent-Replayed", String.valueOf(created.replayed()))
                .body(CallView.of(created.call(), reference, created.flag()));
    }

    @PostMapping("/{id}/close")
    CallView close(@PathVariable String id, @Valid @RequestBody CloseCallRequest request) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        return CallView.of(calls.close(id, request, user), reference, null);
    }

    /** The caller asks something else: the open question is settled and the new one opened. 409 if closed. */
    @PostMapping("/{id}/questions")
    CallView askAnother(@PathVariable String id, @Valid @RequestBody AskAnotherRequest request) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        return CallView.of(calls.askAnother(id, request, user), reference, null);
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable String id) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        return CallView.of(calls.owned(id, user), reference, null);
    }

    @GetMapping
    CallSearch.Page list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String topic, @RequestParam(required = false) String locality,
                         @RequestParam(required = false) String outcome,
                         @RequestParam(required = false) String operator,
                         @RequestParam(required = false) String status,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        return search.search(new CallSearch.Criteria(from, to, topic, locality, outcome, operator, status, page, size),
                user);
    }
}
