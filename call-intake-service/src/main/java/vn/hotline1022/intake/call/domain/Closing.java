package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.time.Instant;

/**
 * What closing a call records. The outcome decides which details are required: a knowledge entry for
 * ANSWERED_FROM_KB, a unit for TRANSFERRED; a unit is meaningless for the other outcomes except ESCALATED.
 */
public record Closing(Outcome outcome, String kbEntryId, String unitCode, String transferNumber, String notes,
                      Instant endedAt, String closedBy) {

    private static final String UNIT_CODE = "^[A-Z][A-Z0-9_]*$";

    public Closing {
        kbEntryId = blankToNull(kbEntryId);
        unitCode = blankToNull(unitCode);
        if (outcome == Outcome.ANSWERED_FROM_KB && kbEntryId == null) {
            throw new InvalidValueException("kbEntryId", "intake.call.kb-entry.required");
        }
        if (outcome != Outcome.ANSWERED_FROM_KB && kbEntryId != null) {
            throw new InvalidValueException("kbEntryId", "intake.call.kb-entry.only-answered-from-kb");
        }
        if (outcome == Outcome.TRANSFERRED && unitCode == null) {
            throw new InvalidValueException("unitCode", "intake.call.unit.required");
        }
        if (unitCode != null && outcome != Outcome.TRANSFERRED && outcome != Outcome.ESCALATED) {
            throw new InvalidValueException("unitCode", "intake.call.unit.only-transfer");
        }
        if (unitCode != null && !unitCode.matches(UNIT_CODE)) {
            throw new InvalidValueException("unitCode", "intake.call.unit.invalid", unitCode);
        }
        if (transferNumber != null && outcome != Outcome.TRANSFERRED) {
            throw new InvalidValueException("transferNumber", "intake.call.transfer-number.only-transferred");
        }
        if (notes != null && notes.length() > 4000) {
            throw new InvalidValueException("notes", "intake.note.max-4000");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
