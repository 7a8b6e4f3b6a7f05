package vn.hotline1022.routing.transfer;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.routing.infra.security.Access;
import vn.hotline1022.routing.infra.security.CurrentUser;
import vn.hotline1022.routing.infra.security.CurrentUserResolver;

import java.util.Map;

@RestController
@RequestMapping("/api/transfers")
class TransferController {

    private final TransferService transfers;
    private final CurrentUserResolver users;

    TransferController(TransferService transfers, CurrentUserResolver users) {
        this.transfers = transfers;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@Valid @RequestBody NewTransferRequest request) {
        return TransferDocuments.view(transfers.create(request, operator().username()));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        operator();
        return TransferDocuments.view(transfers.load(id));
    }

    @PostMapping("/{id}/attempts")
    Map<String, Object> attempt(@PathVariable String id, @Valid @RequestBody AttemptRequest request) {
        return TransferDocuments.view(transfers.attempt(id, request, operator().username()));
    }

    @PostMapping("/{id}/escalate")
    Map<String, Object> escalate(@PathVariable String id, @Valid @RequestBody EscalateRequest request) {
        return TransferDocuments.view(transfers.escalate(id, request, operator().username()));
    }

    private CurrentUser operator() {
        CurrentUser user = users.current();
        Access.require(user, Access.OPERATOR, Access.SUPERVISOR, Access.ADMIN);
        return user;
    }
}
