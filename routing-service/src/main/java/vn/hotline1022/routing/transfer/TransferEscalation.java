package vn.hotline1022.routing.transfer;

import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.escalation.Escalations;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
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
class TransferEscalation {

    private final TransferStore store;
    private final Directory directory;
    private final OutboxDocuments outbox;
    private final Escalations escalations;
    private final Clock clock;

    TransferEscalation(TransferStore store, Directory directory, OutboxDocuments outbox, Escalations escalations,
                       Clock clock) {
        this.store = store;
        this.directory = directory;
        this.outbox = outbox;
        this.escalations = escalations;
        this.clock = clock;
    }

    Document escalate(Document transfer, EscalateRequest request, String operator) {
        String id = transfer.getString("_id");
        if (TransferDocuments.CONNECTED.equals(transfer.getString("status"))) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.transfer.already-connected");
        }
        if (TransferDocuments.ESCALATED.equals(transfer.getString("status"))) {
            return transfer;
        }
        String callId = transfer.getString("callId");
        String newId = callId != null ? Escalations.idFor(question(transfer, null, null).callKey())
                : UUID.nameUUIDFromBytes(("transfer:" + id).getBytes(StandardCharsets.UTF_8)).toString();
        if (transfer.getString("escalationId") == null) {
            String unit = escalationUnit(transfer, request.unitCode());
            Escalations.NewQuestion asked = question(transfer, request.question(), unit);
            String decided = escalations.similarOpenId(asked).orElse(newId);
            store.claimEscalation(id, decided, request.question(), unit, operator, clock.instant());
            transfer = store.find(id).orElseThrow();
        }
        String claimed = transfer.getString("escalationId");
        String placed = escalations.place(question(transfer, transfer.getString("escalationQuestion"),
                transfer.getString("escalationUnit") != null ? transfer.getString("escalationUnit") : transfer.getString("unitCode")),
                claimed, newId);
        // intake closes the call from this event (one writer); a transfer without a call has nobody to close
        List<Document> events = callId == null ? List.of() : List.of(outbox.entry(EventType.TRANSFER_COMPLETED,
                id, new TransferCompleted(id, callId,
                        transfer.getString("escalationUnit") != null ? transfer.getString("escalationUnit")
                                : transfer.getString("unitCode"),
                        false, transfer.getList("attempts", Document.class, List.of()).size(), placed),
                clock.instant()));
        store.markEscalated(id, claimed, placed, events);
        return store.find(id).orElseThrow();
    }

    private Escalations.NewQuestion question(Document transfer, String question, String unitCode) {
        Date at = transfer.getDate("escalationClaimedAt");
        return new Escalations.NewQuestion("transfer:" + transfer.getString("_id"), transfer.getString("callId"),
                question, transfer.getString("topic"), transfer.getString("locality"),
                at == null ? clock.instant() : at.toInstant(), unitCode, transfer.getInteger("questionNo", 1));
    }

    /**
     * Where the question goes: the unit the operator picked from the directory, else the plan's unit, unless the
     * operator found that unit wrong; then the first responsible unit not found wrong, and if none is left the
     * operator has to pick one (never the unit just marked wrong).
     */
    private String escalationUnit(Document transfer, String chosen) {
        Set<String> wrong = TransferDocuments.wrongUnits(transfer);
        if (chosen != null && !chosen.isBlank()) {
            if (directory.find(chosen).isEmpty()) {
                throw new InvalidFieldException("unitCode", "routing.unit.not-in-directory", chosen);
            }
            if (wrong.contains(chosen)) {
                throw new InvalidFieldException("unitCode", "routing.transfer.unit.ruled-out");
            }
            return chosen;
        }
        String planned = transfer.getString("unitCode");
        if (planned != null && !wrong.contains(planned)) {
            return planned;
        }
        return TransferDocuments.candidates(transfer).stream().map(Candidate::unitCode).filter(u -> !wrong.contains(u))
                .findFirst().orElseThrow(() -> new InvalidFieldException("unitCode", "routing.transfer.rule-unit.wrong"));
    }
}
