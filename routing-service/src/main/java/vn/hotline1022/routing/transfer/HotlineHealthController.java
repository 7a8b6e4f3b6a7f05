package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.routing.infra.security.Access;
import vn.hotline1022.support.security.CurrentUserResolver;

import java.util.List;

@RestController
@RequiredArgsConstructor
class HotlineHealthController {

    private final HotlineHealth health;
    private final CurrentUserResolver users;

    /** Attempts and outcomes per unit and number; which units cannot be reached right now. */
    @GetMapping("/api/transfers/health")
    List<UnitHealthView> health() {
        Access.require(users.current(), Access.OPERATOR, Access.SUPERVISOR, Access.OPS, Access.ADMIN);
        return health.report();
    }
}
