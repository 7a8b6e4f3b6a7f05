package vn.hotline1022.intake.telephony;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.intake.telephony.domain.CtiCall;
import vn.hotline1022.intake.telephony.domain.CtiEvent;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The switchboard's door, in the shape of Zammad's generic CTI ({@code POST /api/cti/<token>}, form-encoded or
 * JSON), and what the desk reads from it: the operator's answered calls to log, and the live queue.
 */
@RestController
@RequestMapping("/api/cti")
@RequiredArgsConstructor
class CtiController {

    /** An answered call offered to its operator: the console fills the new-call form from it. */
    record Popup(String id, String callerNumber, boolean withheld, Instant ringingAt, Instant answeredAt,
                 Long waitSeconds, boolean ended, String queue) {
    }

    private static final Logger log = LoggerFactory.getLogger(CtiController.class);

    private final Switchboard switchboard;
    private final LiveQueue queue;
    private final CurrentUserResolver users;
    private final PopupStream popups;

    @PostMapping(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Switchboard.Reply form(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields) {
        return handle(token, fields);
    }

    @PostMapping(value = "/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Switchboard.Reply json(@PathVariable String token, @RequestBody JsonNode body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null && body.isObject()) {
            for (Map.Entry<String, JsonNode> f : body.properties()) {
                List<String> values = new ArrayList<>();
                if (f.getValue().isArray()) {
                    f.getValue().forEach(v -> values.add(scalar(f.getKey(), v)));
                } else {
                    values.add(scalar(f.getKey(), f.getValue()));
                }
                fields.put(f.getKey(), values);
            }
        }
        return handle(token, fields);
    }

    /** A field's value as text; a nested object is not something a switchboard sends. */
    private static String scalar(String field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isContainer()) {
            throw new vn.hotline1022.intake.domain.InvalidValueException(field, "intake.cti.value.type");
        }
        return value.asString();
    }

    private Switchboard.Reply handle(String token, Map<String, List<String>> fields) {
        // a wrong token is a page that does not exist; the token itself never goes to the log
        String board = switchboard.boardOf(token).orElseThrow(() -> {
            log.warn("CTI event refused: unknown token ({} characters)", token == null ? 0 : token.length());
            return new NotFoundException("intake.cti.not-found");
        });
        return switchboard.handle(board, CtiEvent.parse(fields));
    }

    @GetMapping("/mine")
    List<Popup> mine() {
        var user = users.current();
        Access.requireCallAccess(user);
        return switchboard.waitingToBeLogged(user.username()).stream().map(CtiController::popup).toList();
    }

    @GetMapping("/queue")
    LiveQueue.View live() {
        return queue.now();
    }

    /** The same list pushed as server-sent events ("popups") while the console keeps the stream open. */
    @GetMapping(value = "/mine/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter stream() {
        var user = users.current();
        Access.requireCallAccess(user);
        return popups.open(user.username());
    }

    static Popup popup(CtiCall c) {
        return new Popup(c.id(), c.callerNumber(), c.callerNumber() == null, c.ringingAt(), c.answeredAt(),
                c.waitSeconds(), c.endedAt() != null, c.queue());
    }
}
