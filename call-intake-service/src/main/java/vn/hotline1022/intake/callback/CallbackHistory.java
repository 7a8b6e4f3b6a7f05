package vn.hotline1022.intake.callback;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.callback.domain.Callback;
import vn.hotline1022.intake.callback.domain.CallbackAttempt;
import vn.hotline1022.intake.domain.TimelineEntry;

import java.util.ArrayList;
import java.util.List;

/** What happened to a call's callbacks, for its timeline: the unit's answer arriving and each attempt. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CallbackHistory {

    private final CallbackStore store;

    public List<TimelineEntry> of(String callId) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Callback task : store.byCall(callId)) {
            out.add(new TimelineEntry(task.createdAt(), task.unitCode(), "ANSWER_RECEIVED", task.answer()));
            for (CallbackAttempt a : task.attempts()) {
                out.add(new TimelineEntry(a.at(), a.by(), "CALLBACK_" + a.result(), a.note()));
            }
        }
        return out;
    }
}
