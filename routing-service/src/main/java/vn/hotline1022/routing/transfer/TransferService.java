package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.hotline1022.support.web.NotFoundException;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.TransferAttempted;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.contracts.events.UnitUnreachable;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.Locality;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.directory.domain.TopicCode;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.transfer.domain.AttemptOutcome;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.routing.transfer.domain.NumberHealth;
import vn.hotline1022.routing.transfer.domain.Transfer;
import vn.hotline1022.routing.transfer.domain.TransferAttempt;
import vn.hotline1022.routing.transfer.domain.TransferPlan;
import vn.hotline1022.support.outbox.OutboxEvent;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plans transfers, records each dial and its events in one write, and hands failed transfers to escalation. */
@Service
@RequiredArgsConstructor
class TransferService {

    private final TransferPlanner planner;
    private final TransferStore store;
    private final HealthStore health;
    private final Directory directory;
    private final TransferMetrics metrics;
    private final TransferProperties properties;
    private final TransferEscalation escalation;
    private final RoutingMissStore misses;
    private final Clock clock;

    Transfer create(NewTransferRequest request, String operator) {
        if (!TopicCode.isKnown(request.topic())) {
            throw new InvalidFieldException("topic", "routing.topic.unknown");
        }
        if (!Locality.isKnown(request.locality())) {
            throw new InvalidFieldException("locality", "routing.locality.unknown");
        }
        Instant now = clock.instant();
        TransferPlan plan = planner.plan(request.topic(), request.locality(), now);
        Transfer transfer = Transfer.planned(UUID.randomUUID().toString(), request.callId(), request.topic(),
                request.locality(), request.questionNo(), operator, plan, now);
        store.insert(transfer);
        return transfer;
    }

    Transfer attempt(String id, AttemptRequest request, String operator) {
        return attempt(id, request, operator, null);
    }

    /** {@code ctiCallId}: the switchboard call that reported this dial (null when the operator pressed a button). */
    Transfer attempt(String id, AttemptRequest request, String operator, String ctiCallId) {
        Transfer transfer = load(id);
        if (!transfer.inProgress()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.transfer.finished", transfer.status());
        }
        List<Candidate> candidates = transfer.candidates();
        String number = PhoneNumbers.normalize(request.number());
        Candidate dialled = candidates.stream().filter(c -> c.number().equals(number)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("number", "routing.attempt.number.not-planned"));
        Set<String> tried = transfer.triedNumbers();
        if (tried.contains(number)) {
            throw new InvalidFieldException("number", "routing.attempt.number.already-tried");
        }
        Set<String> wrongUnits = transfer.wrongUnitSet();
        Instant now = clock.instant();
        AttemptOutcome outcome = request.outcome();
        NumberHealth[] change = health.record(number, dialled.unitCode(), outcome, now, properties.policy());
        int attemptNo = tried.size() + 1;
        String callId = transfer.callId();
        List<OutboxEvent<?>> events = new ArrayList<>();
        events.add(OutboxEvent.of(EventType.TRANSFER_ATTEMPTED, id,
                new TransferAttempted(id, callId, dialled.unitCode(), PhoneNumbers.mask(number), outcome.name(), attemptNo),
                now));
        TransferAttempt attempt = new TransferAttempt(attemptNo, number, dialled.unitCode(), outcome.name(), operator,
                now, ctiCallId);
        unreachable(dialled.unitCode(), change, now).ifPresent(events::add);
        String wrongUnit = null;
        if (outcome == AttemptOutcome.WRONG_UNIT) {
            // not a line fault: this unit is not responsible, so its other numbers are skipped and the plan moves to
            // the rules' next unit; the miss is kept for the supervisor who fixes the rule
            wrongUnit = dialled.unitCode();
            wrongUnits.add(wrongUnit);
            misses.record(transfer, dialled.unitCode(), number, operator, now);
        }
        String status = Transfer.IN_PROGRESS;
        if (outcome == AttemptOutcome.CONNECTED) {
            status = Transfer.CONNECTED;
        } else if (nextAvailable(candidates, tried, number, now).stream()
                .noneMatch(c -> !wrongUnits.contains(c.unitCode()))) {
            status = Transfer.ALL_FAILED;
        }
        boolean ended = !Transfer.IN_PROGRESS.equals(status);
        boolean connected = Transfer.CONNECTED.equals(status);
        if (ended) {
            events.add(OutboxEvent.of(EventType.TRANSFER_COMPLETED, id,
                    new TransferCompleted(id, callId, dialled.unitCode(), connected, attemptNo), now));
        }
        if (!store.recordAttempt(transfer, attempt, wrongUnit, status, ended, connected ? dialled.unitCode() : null,
                events, now)) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.transfer.concurrent-update");
        }
        metrics.attempt(dialled.unitCode(), outcome.name());
        if (ended) {
            metrics.completed(dialled.unitCode(), connected);
        }
        return load(id);
    }

    /**
     * Opens (or returns the already opened) escalation for a call that could not be transferred. Two clicks or two
     * tabs at once must give one escalation, without a transaction: the first request records its decision (the
     * open escalation to join, or a new id derived from the transfer id) on the transfer with a write that only
     * succeeds while none is recorded; every request, the loser included, then carries out the recorded decision,
     * which is idempotent (attach guarded by the call's source, insert guarded by the derived id). A crash after
     * the claim is finished by the next click on the same transfer.
     */
    Transfer escalate(String id, EscalateRequest request, String operator) {
        return escalation.escalate(load(id), request, operator);
    }

    Transfer load(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("routing.transfer.not-found", id));
    }

    private List<Candidate> nextAvailable(List<Candidate> candidates, Set<String> tried, String justTried, Instant now) {
        List<Candidate> left = candidates.stream()
                .filter(c -> !tried.contains(c.number()) && !c.number().equals(justTried)).toList();
        Map<String, NumberHealth> h = health.load(left.stream().map(Candidate::number).toList());
        return left.stream().filter(c -> h.get(c.number()) == null || !h.get(c.number()).isCooling(now)).toList();
    }

    /** Only the attempt that puts a unit's last number into cool-down reports it: one event per outage. */
    private Optional<OutboxEvent<UnitUnreachable>> unreachable(String unitCode, NumberHealth[] change, Instant now) {
        if (change[0].isCooling(now) || !change[1].isCooling(now)) {
            return Optional.empty();
        }
        Unit unit = directory.find(unitCode).orElse(null);
        if (unit == null) {
            return Optional.empty();
        }
        Set<String> numbers = unit.dialableHotlines().stream().map(Hotline::number).collect(Collectors.toSet());
        Map<String, NumberHealth> h = health.load(numbers);
        boolean allCooling = numbers.stream().allMatch(n -> h.get(n) != null && h.get(n).isCooling(now));
        return allCooling ? Optional.of(OutboxEvent.of(EventType.UNIT_UNREACHABLE, unitCode,
                new UnitUnreachable(unitCode, numbers.size(), now), now)) : Optional.empty();
    }
}
