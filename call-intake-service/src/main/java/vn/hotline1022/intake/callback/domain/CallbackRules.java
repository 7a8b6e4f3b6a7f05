package vn.hotline1022.intake.callback.domain;

/** The outcome of one more attempt; pure, so the rule is tested without a store. */
public final class CallbackRules {

    private CallbackRules() {
    }

    public static CallbackStatus after(CallbackResult result, int attemptsSoFar, int maxAttempts) {
        return switch (result) {
            case REACHED -> CallbackStatus.DONE;
            case WRONG_NUMBER -> CallbackStatus.UNREACHABLE;
            case NO_ANSWER, BUSY -> attemptsSoFar + 1 >= maxAttempts ? CallbackStatus.UNREACHABLE : CallbackStatus.PENDING;
        };
    }
}
