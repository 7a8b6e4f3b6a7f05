package vn.hotline1022.intake.call;

import jakarta.validation.Valid;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

@RestController
@RequestMapping("/api/calls")
class CallController {

    private final CallStore store;
    private final Clock clock;

    CallController(CallStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@Valid @RequestBody NewCallRequest request,
                               @RequestHeader(name = "X-Operator", defaultValue = "unknown") String operator) {
        Document call = store.create(request, operator, clock.instant());
        return Map.of("id", call.getString("_id"), "status", call.getString("status"),
                "locality", call.getString("locality"), "topic", call.getString("topic"));
    }
}
