package vn.hotline1022.contracts.phone;

/** A text that is no dialable number; the reason lets each service word it in the client's language. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    public enum Reason { MISSING, CHARACTERS, NOT_A_NUMBER }

    private final Reason reason;

    public InvalidPhoneNumberException(Reason reason) {
        super("phone number refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
