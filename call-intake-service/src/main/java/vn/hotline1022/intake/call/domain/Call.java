package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One logged call. {@code callerNumber} is E.164, or null when the number was withheld. Closing fills the outcome
 * fields and derives the handle time; a call closes once. {@code failedTransfers} are the transfers that reached
 * nobody, oldest first.
 */
public record Call(String id, String callerNumber, boolean withheld, Channel channel, String locality,
                   String provinceName, String topic, String question, String notes, String operator,
                   Instant startedAt, boolean repeatCaller, CallStatus status, Outcome outcome, String kbEntryId,
                   String unitCode, String transferNumber, Instant endedAt, Long handleSeconds, String closedBy,
                   List<FailedTransfer> failedTransfers) {

    public Call {
        failedTransfers = failedTransfers == null ? List.of() : List.copyOf(failedTransfers);
    }

    /** Clocks of operators' PCs and the server disagree a little; more than this is a typing mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    public Call close(Closing closing, Instant now) {
        if (status == CallStatus.CLOSED) {
            throw new CallAlreadyClosedException(id);
        }
        Instant ended = closing.endedAt() != null ? closing.endedAt() : now;
        if (ended.isBefore(startedAt)) {
            throw new InvalidValueException("endedAt", "Thời điểm kết thúc không được trước thời điểm bắt đầu");
        }
        if (ended.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidValueException("endedAt", "Thời điểm kết thúc không được ở tương lai");
        }
        String allNotes = closing.notes() == null ? notes
                : notes == null ? closing.notes() : notes + "\n" + closing.notes();
        return new Call(id, callerNumber, withheld, channel, locality, provinceName, topic, question, allNotes,
                operator, startedAt, repeatCaller, CallStatus.CLOSED, closing.outcome(), closing.kbEntryId(),
                closing.unitCode(), closing.transferNumber(), ended, handleSeconds(startedAt, ended),
                closing.closedBy(), failedTransfers);
    }

    /** The same open call, knowing whether this number called within the history window before. */
    public Call withRepeatCaller(boolean repeat) {
        return new Call(id, callerNumber, withheld, channel, locality, provinceName, topic, question, notes, operator,
                startedAt, callerNumber != null && repeat, status, outcome, kbEntryId, unitCode, transferNumber,
                endedAt, handleSeconds, closedBy, failedTransfers);
    }

    /** Whole seconds the operator spent on the call, from pick-up to close. */
    public static long handleSeconds(Instant startedAt, Instant endedAt) {
        return Math.max(0, Duration.between(startedAt, endedAt).toSeconds());
    }
}
