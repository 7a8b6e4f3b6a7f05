package vn.hotline1022.knowledge.learning;

import lombok.RequiredArgsConstructor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.entry.Roles;
import vn.hotline1022.knowledge.usage.UsageStore;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.ConflictException;

import java.time.Instant;

/** Supervisors see how the search learns from the desk, start a build now and switch learned ranking on or off. */
@RestController
@RequiredArgsConstructor
class LearningController {

    record SwitchRequest(@NotNull(message = "knowledge.learning.enabled.required")
                         Boolean enabled) {
    }

    private final LearningStateStore state;
    private final ModelStore models;
    private final ModelSync sync;
    private final ModelBuilder builder;
    private final UsageStore usage;
    private final CurrentUserResolver users;

    @GetMapping("/api/knowledge/learning")
    LearningStatus status() {
        Roles.require(users.current(), Roles.EDITORS);
        return status(state.read());
    }

    @PostMapping("/api/knowledge/learning/rebuild")
    ResponseEntity<LearningStatus> rebuild() {
        var user = Roles.require(users.current(), Roles.EDITORS);
        if (!builder.start(ModelBuilder.Trigger.ON_DEMAND, user.username())) {
            throw new ConflictException("knowledge.learning.busy");
        }
        return ResponseEntity.accepted().body(status(state.read()));
    }

    @PutMapping("/api/knowledge/learning")
    LearningStatus change(@Valid @RequestBody SwitchRequest request) {
        var user = Roles.require(users.current(), Roles.EDITORS);
        state.switchTo(request.enabled(), user.username());
        if (request.enabled()) {
            sync.poll();
        } else {
            sync.unserve();
        }
        return status(state.read());
    }

    private LearningStatus status(LearningState current) {
        Long active = current.activeVersion();
        Instant since = active == null ? null : models.meta(active).map(ModelMeta::usageUpTo).orElse(null);
        var counts = new LearningStatus.Usage(usage.countLearnable(null), usage.countRejected(),
                usage.countLearnable(since));
        ModelSync.Served served = sync.served();
        return new LearningStatus(current.enabled(),
                served == null ? null : LearningStatus.serving(served.version(), served.meta()),
                counts, current.lastBuild(), builder.building() || current.leaseHeld(Instant.now()));
    }
}
