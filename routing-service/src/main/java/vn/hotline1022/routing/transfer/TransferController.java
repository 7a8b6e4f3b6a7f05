package vn.hotline1022.routing.transfer;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import vn.hotline1022.support.web.ProblemMessages;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.routing.transfer.domain.Transfer;
import vn.hotline1022.routing.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;

@RestController
@RequestMapping("/api/transfers")
@RequiredArgsConstructor
class TransferController {

    private final TransferService transfers;
    private final CurrentUserResolver users;
    private final CallOwnerStore callOwners;
    private final HttpServletRequest request;

    /** The view in the console's language. */
    private TransferView view(Transfer transfer) {
        return TransferView.of(transfer, ProblemMessages.english(request));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TransferView create(@Valid @RequestBody NewTransferRequest request) {
        CurrentUser user = operator();
        callOwners.requireMayPlanFor(request.callId(), user);
        return view(transfers.create(request, user.username()));
    }

    @GetMapping("/{id}")
    TransferView get(@PathVariable String id) {
        return view(owned(id, operator()));
    }

    @PostMapping("/{id}/attempts")
    TransferView attempt(@PathVariable String id, @Valid @RequestBody AttemptRequest request) {
        CurrentUser user = operator();
        owned(id, user);
        return view(transfers.attempt(id, request, user.username()));
    }

    @PostMapping("/{id}/escalate")
    TransferView escalate(@PathVariable String id, @Valid @RequestBody EscalateRequest request) {
        CurrentUser user = operator();
        owned(id, user);
        return view(transfers.escalate(id, request, user.username()));
    }

    /** The object rule for every by-id read and write: the operator who planned it, or a supervisor. */
    private Transfer owned(String id, CurrentUser user) {
        Transfer transfer = transfers.load(id);
        if (!user.owns(transfer.operator())) {
            throw new vn.hotline1022.support.web.NotFoundException("routing.transfer.not-found", id);
        }
        return transfer;
    }

    private CurrentUser operator() {
        CurrentUser user = users.current();
        Access.require(user, Access.OPERATOR, Access.SUPERVISOR, Access.ADMIN);
        return user;
    }
}
