package vn.hotline1022.intake.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Server push of the operator's answered calls (server-sent events): the list is sent when the console connects, the
 * moment this instance takes the answer, and every few seconds anyway: an answer taken by another replica reaches
 * the operator at the next beat, and the beat keeps proxies from closing an idle stream. The console falls back to
 * polling when the stream fails.
 */
@Component
class PopupStream {

    /** A pick-up at an extension mapped to {@code operator}, just stored. */
    record Answered(String operator) {
    }

    private static final Logger log = LoggerFactory.getLogger(PopupStream.class);
    // a stream is renewed by the console now and then, so a server going away leaves no stream behind for long
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final Function<String, List<CtiController.Popup>> popups;

    PopupStream(Switchboard switchboard) {
        this.popups = operator -> switchboard.waitingToBeLogged(operator).stream().map(CtiController::popup).toList();
    }

    SseEmitter open(String operator) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        List<SseEmitter> mine = streams.computeIfAbsent(operator, o -> new CopyOnWriteArrayList<>());
        mine.add(emitter);
        Runnable gone = () -> mine.remove(emitter);
        emitter.onCompletion(gone);
        emitter.onTimeout(gone);
        emitter.onError(e -> gone.run());
        send(operator, emitter, popups.apply(operator));
        return emitter;
    }

    @EventListener
    void on(Answered answered) {
        push(answered.operator());
    }

    @Scheduled(fixedDelayString = "${hotline.intake.cti.push-beat:5s}")
    void beat() {
        streams.keySet().forEach(this::push);
    }

    int open() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    private void push(String operator) {
        List<SseEmitter> mine = streams.get(operator);
        if (mine == null || mine.isEmpty()) {
            return;
        }
        List<CtiController.Popup> now = popups.apply(operator);
        mine.forEach(emitter -> send(operator, emitter, now));
    }

    private void send(String operator, SseEmitter emitter, List<CtiController.Popup> now) {
        try {
            emitter.send(SseEmitter.event().name("popups").data(now, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException closed) {
            // the browser went away: forget this stream, the console opens a new one when it comes back
            log.debug("popup stream of {} closed: {}", operator, closed.toString());
            List<SseEmitter> mine = streams.get(operator);
            if (mine != null) {
                mine.remove(emitter);
            }
            emitter.completeWithError(closed);
        }
    }
}
