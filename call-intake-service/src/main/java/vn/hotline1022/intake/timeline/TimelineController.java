package vn.hotline1022.intake.timeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.intake.call.CallTimelineSource;
import vn.hotline1022.intake.domain.TimelineEntry;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A call's timeline: when it came in and who took it, the notes added since (open or closed), transfers that
 * reached nobody, how it was closed, and the callbacks made with a unit's answer; each with time and actor.
 */
@RestController
@RequiredArgsConstructor
class TimelineController {

    record NoteRequest(@NotBlank(message = "intake.note.required") @Size(max = 2000, message = "intake.note.max-2000")
                       @Pattern(regexp = "[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]*", message = "intake.note.control-characters")
                       String text) {
    }

    private final CallTimelineSource calls;
    private final vn.hotline1022.intake.callback.CallbackHistory callbacks;
    private final CallNoteStore notes;
    private final CurrentUserResolver users;
    private final Clock clock;

    @PostMapping("/api/calls/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    CallNote add(@PathVariable String id, @Valid @RequestBody NoteRequest request) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        calls.owned(id, user);
        return notes.add(id, request.text().strip(), user.username(), clock.instant());
    }

    @GetMapping("/api/calls/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        List<TimelineEntry> entries = new ArrayList<>(calls.owned(id, user));
        entries.addAll(callbacks.of(id));
        notes.of(id).forEach(n -> entries.add(new TimelineEntry(n.at(), n.by(), "NOTE", n.text())));
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
