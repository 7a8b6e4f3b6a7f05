package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.escalation.Escalations;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.routing.transfer.domain.Transfer;
import vn.hotline1022.support.outbox.OutboxEvent;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

    /**
     * Opens (or returns the already opened) escalation for a call that could not be transferred. Two clicks or two
     * tabs at once must give one escalation, without a transaction: the first request records its decision (the
     * open escalation to join, or a new id derived from the transfer id) on the transfer with a write that only
     * succeeds while none is recorded; every request, the loser included, then carries out the recorded decision,
     * which is idempotent (attach guarded by the call's source, insert guarded by the derived id). A crash after
     * the claim is finished by the next click on the same transfer.
     */
@Component
@RequiredArgsConstructor
class TransferEscalation {

    private final TransferStore store;
    private final Directory directory;
    private final Escalations escalations;
    private final Clock clock;

    Transfer escalate(Transfer transfer, EscalateRequest request, String operator) {
        String id = transfer.id();
        if (Transfer.CONNECTED.equals(transfer.status())) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.transfer.already-connected");
        }
        if (Transfer.ESCALATED.equals(transfer.status())) {
            return transfer;
        }
        String callId = transfer.callId();
        String newId = callId != null ? Escalations.idFor(question(transfer, null, null).callKey())
                : UUID.nameUUIDFromBytes(("transfer:" + id).getBytes(StandardCharsets.UTF_8)).toString();
        if (transfer.escalationId() == null) {
            String unit = escalationUnit(transfer, request.unitCode());
            Escalations.NewQuestion asked = question(transfer, request.question(), unit);
            String decided = escalations.similarOpenId(asked).orElse(newId);
            store.claimEscalation(id, decided, request.question(), unit, operator, clock.instant());
            transfer = store.find(id).orElseThrow();
        }
        String claimed = transfer.escalationId();
        String placed = escalations.place(question(transfer, transfer.escalationQuestion(), transfer.escalatedUnit()),
                claimed, newId);
        // intake closes the call from this event (one writer); a transfer without a call has nobody to close
        List<OutboxEvent<?>> events = callId == null ? List.of() : List.of(OutboxEvent.of(EventType.TRANSFER_COMPLETED,
                id, new TransferCompleted(id, callId, transfer.escalatedUnit(), false, transfer.attempts().size(),
                placed), clock.instant()));
        store.markEscalated(id, claimed, placed, events);
        return store.find(id).orElseThrow();
    }

    private Escalations.NewQuestion question(Transfer transfer, String question, String unitCode) {
        Instant at = transfer.escalationClaimedAt();
        return new Escalations.NewQuestion("transfer:" + transfer.id(), transfer.callId(), question, transfer.topic(),
                transfer.locality(), at == null ? clock.instant() : at, unitCode,
                transfer.questionNo() == null ? 1 : transfer.questionNo());
    }

    /**
     * Where the question goes: the unit the operator picked from the directory, else the plan's unit, unless the
     * operator found that unit wrong; then the first responsible unit not found wrong, and if none is left the
     * operator has to pick one (never the unit just marked wrong).
     */
    private String escalationUnit(Transfer transfer, String chosen) {
        Set<String> wrong = transfer.wrongUnitSet();
        if (chosen != null && !chosen.isBlank()) {
            if (directory.find(chosen).isEmpty()) {
                throw new InvalidFieldException("unitCode", "routing.unit.not-in-directory", chosen);
            }
            if (wrong.contains(chosen)) {
                throw new InvalidFieldException("unitCode", "routing.transfer.unit.ruled-out");
            }
            return chosen;
        }
        String planned = transfer.unitCode();
        if (planned != null && !wrong.contains(planned)) {
            return planned;
        }
        return transfer.candidates().stream().map(Candidate::unitCode).filter(u -> !wrong.contains(u))
                .findFirst().orElseThrow(() -> new InvalidFieldException("unitCode", "routing.transfer.rule-unit.wrong"));
    }
}
