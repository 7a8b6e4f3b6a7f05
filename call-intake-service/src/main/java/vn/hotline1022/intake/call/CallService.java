package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.CallAlreadyClosedException;
import vn.hotline1022.intake.call.domain.CallNotFoundException;
import vn.hotline1022.intake.call.domain.CallStatus;
import vn.hotline1022.intake.call.domain.Channel;
import vn.hotline1022.intake.call.domain.Closing;
import vn.hotline1022.intake.call.domain.NewCall;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.call.domain.Question;
import vn.hotline1022.intake.call.domain.Settlement;
import vn.hotline1022.intake.caller.CallerFlagStore;
import vn.hotline1022.intake.caller.PhoneNumbers;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.caller.domain.CallerIdentity;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.ReferenceData;
import vn.hotline1022.intake.reference.domain.Topic;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Logging and closing calls: validate everything first, then one document write carrying the events. */
@Service
@RequiredArgsConstructor
public class CallService {

    /** Who closes a call from routing's events. */
    static final String ROUTING = "routing";

    private static final Logger log = LoggerFactory.getLogger(CallService.class);

    record Created(Call call, boolean replayed, CallerFlag flag) {
    }

    private final CallStore store;
    private final CallEvents events;
    private final CallMetrics metrics;
    private final ReferenceData reference;
    private final PhoneNumbers phones;
    private final CallerFlagStore flags;
    private final IntakeProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher published;
    private final CallCloser closer;

    Created create(NewCallRequest r, CurrentUser user, String idempotencyKey) {
        PhoneNumber caller = CallerIdentity.of(r.callerNumber(), r.withheld(), phones.parser("callerNumber"));
        Channel channel = Channel.parse(r.channel());
        Locality locality = reference.locality("locality", r.locality());
        Topic topic = reference.topic("topic", r.topic());
        Instant now = clock.instant();
        String id = idempotencyKey == null ? UUID.randomUUID().toString() : IdempotencyKeys.callId(user, idempotencyKey);
        Call call = NewCall.open(id, caller, channel, locality, r.provinceName(), topic, r.question(), r.notes(),
                user.username(), r.startedAt(), now, false);
        String hash = IdempotencyKeys.requestHash(call, r.startedAt() != null);
        if (idempotencyKey != null) {
            var earlier = store.find(id);
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
        }
        call = call.withRepeatCaller(caller != null
                && store.hasCallsSince(caller.e164(), now.minus(properties.historyWindow())));
        if (!store.insert(call, hash, events.received(call, now))) {
            return replay(store.find(id).orElseThrow(() -> new CallNotFoundException(id)), hash);
        }
        metrics.received(call);
        if (r.ctiCallId() != null && !r.ctiCallId().isBlank()) {
            // the switchboard feature links its record to this call; intake's features depend one way only
            published.publishEvent(new CallLogged(call.id(), r.ctiCallId(), user.username()));
        }
        log.info("call {} received: caller {}, {} / {} / {}, operator {}, repeat {}", id,
                caller == null ? "withheld" : caller.masked(), channel, locality.code(), topic.code(),
                user.username(), call.repeatCaller());
        return new Created(call, false, flagOf(call));
    }

    private Created replay(CallStore.Stored earlier, String hash) {
        if (earlier.requestHash() != null && !earlier.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        log.info("call {} replayed for a retried request", earlier.call().id());
        return new Created(earlier.call(), true, flagOf(earlier.call()));
    }

    Call close(String id, CloseCallRequest r, CurrentUser user) {
        Outcome outcome = Outcome.parse("outcome", r.outcome());
        String transferNumber = r.transferNumber() == null || r.transferNumber().isBlank() ? null
                : phones.parse("transferNumber", r.transferNumber()).e164();
        Closing closing = new Closing(outcome, r.kbEntryId(), r.unitCode(), transferNumber, r.notes(), r.endedAt(),
                user.username());
        return closer.close(owned(id, user), closing);
    }

    /** The caller asks another question: the open one is settled and the new one opened, in one write. */
    Call askAnother(String id, AskAnotherRequest r, CurrentUser user) {
        Call current = owned(id, user);
        Settlement settled = new Settlement(Outcome.parse("current.outcome", r.current().outcome()),
                r.current().kbEntryId());
        String topic = r.topic() == null || r.topic().isBlank() ? current.current().topic()
                : reference.topic("topic", r.topic()).code();
        Instant now = clock.instant();
        Call asked = current.ask(settled, r.question(), topic, now);
        Question done = asked.questions().get(asked.questions().size() - 2);
        if (!store.askedAnother(asked, current.questions().size(), events.askedAnother(asked, done, now))) {
            if (get(id).status() == CallStatus.CLOSED) {
                throw new CallAlreadyClosedException(id);
            }
            // two tabs asked another question on the same call at once: one wins, the other is told to reload
            throw new ApiException(409, "questions-changed", "intake.call.questions-changed", id);
        }
        metrics.settled(done);
        log.info("call {}: question {} {}; question {} asked ({})", id, done.no(), done.outcome(), asked.current().no(),
                topic);
        return asked;
    }

    Call get(String id) {
        return store.find(id).map(CallStore.Stored::call).orElseThrow(() -> new CallNotFoundException(id));
    }

    /**
     * The object rule for every by-id read and write: an operator's call is theirs (or a supervisor's to see); to
     * anyone else it does not exist, so ids cannot be probed.
     */
    Call owned(String id, CurrentUser user) {
        Call call = get(id);
        if (!user.owns(call.operator())) {
            log.warn("{} asked for call {} of another operator; answered 404", user.username(), id);
            throw new CallNotFoundException(id);
        }
        return call;
    }

    private CallerFlag flagOf(Call call) {
        return call.callerNumber() == null ? null : flags.find(call.callerNumber()).orElse(null);
    }
}
