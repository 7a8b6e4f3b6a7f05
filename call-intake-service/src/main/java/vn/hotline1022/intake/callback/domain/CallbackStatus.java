package vn.hotline1022.intake.callback.domain;

/**
 * PENDING: to call; DONE: the citizen heard the answer; UNREACHABLE: tried the maximum number of times, or a wrong
 * number; COVERED: the same caller asked the same thing on another call, whose callback carries the answer;
 * NO_NUMBER: the caller withheld the number.
 */
public enum CallbackStatus {
    PENDING, DONE, UNREACHABLE, COVERED, NO_NUMBER
}
