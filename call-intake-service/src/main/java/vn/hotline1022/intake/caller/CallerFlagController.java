package vn.hotline1022.intake.caller;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.caller.domain.FlagKind;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.ConflictException;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Clock;
import java.util.List;

/** Supervisors' prank/abuse list. Only supervisors change or list it; operators see a flag in the history. */
@RestController
@RequestMapping("/api/callers/flags")
@RequiredArgsConstructor
class CallerFlagController {

    private static final Logger log = LoggerFactory.getLogger(CallerFlagController.class);

    record FlagRequest(@Size(max = 40, message = "intake.phone.too-long") String callerNumber,
                       @NotBlank(message = "intake.flag.kind.required") String kind,
                       @NotBlank(message = "intake.flag.reason.required") String reason,
                       Boolean blocked) {
    }

    private final CallerFlagStore flags;
    private final PhoneNumbers phones;
    private final CurrentUserResolver users;
    private final Clock clock;

    @GetMapping
    List<CallerFlag> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Access.requireSupervisor(users.current());
        return flags.list(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @GetMapping("/{phone}")
    CallerFlag get(@PathVariable String phone) {
        Access.requireSupervisor(users.current());
        PhoneNumber number = phones.parse("phone", phone);
        return flags.find(number.e164()).orElseThrow(() -> notFlagged(number));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CallerFlag create(@Valid @RequestBody FlagRequest request) {
        Access.requireSupervisor(users.current());
        CallerFlag flag = flag(phones.parse("callerNumber", request.callerNumber()), request);
        if (!flags.create(flag)) {
            throw new ConflictException("intake.flag.exists", flag.callerNumber());
        }
        log.info("caller {} flagged {} by {}", PhoneNumber.mask(flag.callerNumber()), flag.kind(), flag.flaggedBy());
        return flag;
    }

    @PutMapping("/{phone}")
    CallerFlag update(@PathVariable String phone, @Valid @RequestBody FlagRequest request) {
        Access.requireSupervisor(users.current());
        PhoneNumber number = phones.parse("phone", phone);
        CallerFlag flag = flag(number, request);
        if (!flags.replace(flag)) {
            throw notFlagged(number);
        }
        return flag;
    }

    @DeleteMapping("/{phone}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String phone) {
        CurrentUser user = users.current();
        Access.requireSupervisor(user);
        PhoneNumber number = phones.parse("phone", phone);
        if (!flags.delete(number.e164())) {
            throw notFlagged(number);
        }
        log.info("caller {} unflagged by {}", number.masked(), user.username());
    }

    private CallerFlag flag(PhoneNumber number, FlagRequest request) {
        CurrentUser user = users.current();
        Access.requireSupervisor(user);
        return new CallerFlag(number.e164(), FlagKind.parse(request.kind()), request.reason(), user.username(),
                clock.instant(), Boolean.TRUE.equals(request.blocked()));
    }

    private static NotFoundException notFlagged(PhoneNumber number) {
        return new NotFoundException("intake.flag.not-found", number.e164());
    }
}
