package vn.hotline1022.intake.callback.domain;

/** What happened when an operator called a citizen back (as contact centres record queued callbacks). */
public enum CallbackResult {
    REACHED, NO_ANSWER, BUSY, WRONG_NUMBER
}
