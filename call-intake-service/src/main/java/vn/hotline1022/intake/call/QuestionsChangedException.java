package vn.hotline1022.intake.call;

/** Two tabs asked another question on the same call at once: one wins, the other is told to reload. */
public class QuestionsChangedException extends RuntimeException {

    private final String callId;

    public QuestionsChangedException(String callId) {
        super(vn.hotline1022.contracts.text.Messages.vietnamese("intake.call.questions-changed", callId));
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }
}
