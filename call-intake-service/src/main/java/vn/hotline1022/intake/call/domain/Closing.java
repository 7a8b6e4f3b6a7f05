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
            throw new InvalidValueException("kbEntryId", "Bắt buộc ghi mã câu trả lời trong kho tri thức");
        }
        if (outcome != Outcome.ANSWERED_FROM_KB && kbEntryId != null) {
            throw new InvalidValueException("kbEntryId", "Chỉ ghi mã kho tri thức khi kết quả là ANSWERED_FROM_KB");
        }
        if (outcome == Outcome.TRANSFERRED && unitCode == null) {
            throw new InvalidValueException("unitCode", "Bắt buộc ghi đơn vị đã chuyển máy");
        }
        if (unitCode != null && outcome != Outcome.TRANSFERRED && outcome != Outcome.ESCALATED) {
            throw new InvalidValueException("unitCode", "Chỉ ghi đơn vị khi chuyển máy hoặc chuyển xử lý");
        }
        if (unitCode != null && !unitCode.matches(UNIT_CODE)) {
            throw new InvalidValueException("unitCode", "Mã đơn vị không hợp lệ: " + unitCode);
        }
        if (transferNumber != null && outcome != Outcome.TRANSFERRED) {
            throw new InvalidValueException("transferNumber", "Chỉ ghi số chuyển máy khi kết quả là TRANSFERRED");
        }
        if (notes != null && notes.length() > 4000) {
            throw new InvalidValueException("notes", "Ghi chú tối đa 4000 ký tự");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
