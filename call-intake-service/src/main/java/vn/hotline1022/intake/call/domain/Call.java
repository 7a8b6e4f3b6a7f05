package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One logged call, a case holding the caller's questions. {@code callerNumber} is E.164, or null when the number was
 * withheld. {@code question} and {@code topic} are the first question's, which the call was logged with. While the
 * call is open exactly its last question is open; asking another settles it first, and closing settles it with the
 * closing's outcome. The call's outcome, entry and unit are derived from its questions ({@link Outcome#ofCall}); a
 * call closes once. {@code failedTransfers} are the transfers that reached nobody, oldest first.
 */
public record Call(String id, String callerNumber, boolean withheld, Channel channel, String locality,
                   String provinceName, String topic, String question, String notes, String operator,
                   Instant startedAt, boolean repeatCaller, CallStatus status, Outcome outcome, String kbEntryId,
                   String unitCode, String transferNumber, Instant endedAt, Long handleSeconds, String closedBy,
                   List<FailedTransfer> failedTransfers, List<Question> questions) {

    /** A caller with more than this many questions in one call is better served by a second call. */
    public static final int MAX_QUESTIONS = 20;

    public Call {
        failedTransfers = failedTransfers == null ? List.of() : List.copyOf(failedTransfers);
        questions = questions == null || questions.isEmpty()
                ? List.of(new Question(1, question, topic, outcome, kbEntryId, unitCode, startedAt, endedAt))
                : List.copyOf(questions);
    }

    /** Clocks of operators' PCs and the server disagree a little; more than this is a typing mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    public Question current() {
        return questions.get(questions.size() - 1);
    }

    /**
     * The caller asks something else: the open question is settled with {@code settled} (an outcome that lets the
     * call go on) and the new one becomes the open question.
     */
    public Call ask(Settlement settled, String text, String questionTopic, Instant now) {
        if (status == CallStatus.CLOSED) {
            throw new CallAlreadyClosedException(id);
        }
        if (!settled.outcome().settlesMidCall()) {
            throw new InvalidValueException("current.outcome", "intake.call.current.must-settle");
        }
        if (questions.size() >= MAX_QUESTIONS) {
            throw new InvalidValueException("question", "intake.call.questions.max", MAX_QUESTIONS);
        }
        String clean = NewCall.questionText("question", text);
        List<Question> next = new ArrayList<>(questions.subList(0, questions.size() - 1));
        next.add(current().settle(settled.outcome(), settled.kbEntryId(), null, now));
        next.add(new Question(questions.size() + 1, clean, questionTopic, null, null, null, now, null));
        return with(next);
    }

    public Call close(Closing closing, Instant now) {
        if (status == CallStatus.CLOSED) {
            throw new CallAlreadyClosedException(id);
        }
        Instant ended = closing.endedAt() != null ? closing.endedAt() : now;
        if (ended.isBefore(startedAt)) {
            throw new InvalidValueException("endedAt", "intake.call.ended-at.before-start");
        }
        if (ended.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidValueException("endedAt", "intake.call.ended-at.future");
        }
        String allNotes = closing.notes() == null ? notes
                : notes == null ? closing.notes() : notes + "\n" + closing.notes();
        List<Question> settled = new ArrayList<>(questions.subList(0, questions.size() - 1));
        settled.add(current().settle(closing.outcome(), closing.kbEntryId(), closing.unitCode(), ended));
        Outcome callOutcome = Outcome.ofCall(settled);
        Question deciding = settled.stream().filter(q -> q.outcome() == callOutcome).findFirst().orElseThrow();
        return new Call(id, callerNumber, withheld, channel, locality, provinceName, topic, question, allNotes,
                operator, startedAt, repeatCaller, CallStatus.CLOSED, callOutcome, deciding.kbEntryId(),
                deciding.unitCode(), closing.transferNumber(), ended,
                handleSeconds(startedAt, ended), closing.closedBy(), failedTransfers, settled);
    }

    /** The same open call, knowing whether this number called within the history window before. */
    public Call withRepeatCaller(boolean repeat) {
        return new Call(id, callerNumber, withheld, channel, locality, provinceName, topic, question, notes, operator,
                startedAt, callerNumber != null && repeat, status, outcome, kbEntryId, unitCode, transferNumber,
                endedAt, handleSeconds, closedBy, failedTransfers, questions);
    }

    private Call with(List<Question> newQuestions) {
        return new Call(id, callerNumber, withheld, channel, locality, provinceName, topic, question, notes, operator,
                startedAt, repeatCaller, status, outcome, kbEntryId, unitCode, transferNumber, endedAt, handleSeconds,
                closedBy, failedTransfers, newQuestions);
    }

    /** Whole seconds the operator spent on the call, from pick-up to close. */
    public static long handleSeconds(Instant startedAt, Instant endedAt) {
        return Math.max(0, Duration.between(startedAt, endedAt).toSeconds());
    }
}
