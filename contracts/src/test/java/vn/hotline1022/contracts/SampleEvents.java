package vn.hotline1022.contracts;

import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.contracts.events.DigestGenerated;
import vn.hotline1022.contracts.events.EscalationAnswerSubmitted;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.contracts.events.EscalationDueSoon;
import vn.hotline1022.contracts.events.EscalationOverdue;
import vn.hotline1022.contracts.events.EscalationRaised;
import vn.hotline1022.contracts.events.KnowledgeChanged;
import vn.hotline1022.contracts.events.KnowledgeSearchMissed;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.contracts.events.SwitchboardCallEnded;
import vn.hotline1022.contracts.events.SwitchboardDialled;
import vn.hotline1022.contracts.events.TransferAttempted;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.contracts.events.UnitChanged;
import vn.hotline1022.contracts.events.UnitUnreachable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One realistic event per {@link EventType}, keyed the way producers key them. Test-only. */
public final class SampleEvents {

    static final String CALL_ID = "CALL-20250602-000153";
    static final String TRANSFER_ID = "3f1c2a9e-7b41-4d8e-9a60-2c5e8f1d7a42";
    static final String ESCALATION_ID = "b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1";
    static final String ENTRY_ID = "665c1f3a9b2e4d0012a7c9e1";
    static final Instant AT = Instant.parse("2025-06-02T01:15:30Z");

    private SampleEvents() {
    }

    public static EventEnvelope<?> of(EventType type) {
        return switch (type) {
            case CALL_RECEIVED -> EventEnvelope.of(type, CALL_ID,
                    new CallReceived(CALL_ID, "tdv.nguyenthilan", "PHONE", "PHAN_THIET", "TRAVEL_TRANSPORT",
                            AT, true), AT);
            case CALL_CLOSED -> EventEnvelope.of(type, CALL_ID,
                    new CallClosed(CALL_ID, "ANSWERED_FROM_KB", 184, ENTRY_ID, null,
                            "Từ Phan Thiết đi TP. Hồ Chí Minh bằng xe khách có cần giấy xét nghiệm không?",
                            "TRAVEL_TRANSPORT", "PHAN_THIET", AT.plusSeconds(184), java.util.List.of(
                            new CallClosed.Question(1, "ANSWERED_FROM_KB", "TRAVEL_TRANSPORT", ENTRY_ID, null,
                                    "Từ Phan Thiết đi TP. Hồ Chí Minh bằng xe khách có cần giấy xét nghiệm không?"),
                            new CallClosed.Question(2, "ESCALATED", "SUPPORT_POLICY", null, null, null))),
                    AT.plusSeconds(184));
            case QUESTION_UNANSWERED -> EventEnvelope.of(type, CALL_ID,
                    new QuestionUnanswered(CALL_ID,
                            "Người lao động tự do ở La Gi mất việc do dịch thì đăng ký nhận hỗ trợ ở đâu?",
                            "SUPPORT_POLICY", "LA_GI", AT, 2), AT);
            case TRANSFER_ATTEMPTED -> EventEnvelope.of(type, TRANSFER_ID,
                    new TransferAttempted(TRANSFER_ID, CALL_ID, "SO_GTVT", "0252***4567", "BUSY", 1), AT);
            case TRANSFER_COMPLETED -> EventEnvelope.of(type, TRANSFER_ID,
                    new TransferCompleted(TRANSFER_ID, CALL_ID, "SO_GTVT", true, 2), AT.plusSeconds(45));
            case SWITCHBOARD_CALL_ENDED -> EventEnvelope.of(type, "tong-dai-1022:a81f-07",
                    new SwitchboardCallEnded("tong-dai-1022:a81f-07", "tong-dai-1022", AT, null, AT.plusSeconds(48),
                            "MISSED", 48L, null), AT.plusSeconds(48));
            case SWITCHBOARD_DIALLED -> EventEnvelope.of(type, "tong-dai-1022:c7d1-44",
                    new SwitchboardDialled("tong-dai-1022:c7d1-44", "tong-dai-1022", "operator1", "0252.3822.345",
                            "BUSY", AT, AT.plusSeconds(12)), AT.plusSeconds(12));
            case UNIT_CHANGED -> EventEnvelope.of(type, "SO_GTVT",
                    new UnitChanged("SO_GTVT", "Sở Giao thông vận tải", "DEPARTMENT", true, 1, 1, 3, false), AT);
            case UNIT_UNREACHABLE -> EventEnvelope.of(type, "SO_CONG_THUONG",
                    new UnitUnreachable("SO_CONG_THUONG", 3, AT.minusSeconds(600)), AT);
            case ESCALATION_RAISED -> EventEnvelope.of(type, ESCALATION_ID,
                    new EscalationRaised(ESCALATION_ID, "SO_LDTBXH",
                            "Người lao động tự do ở La Gi mất việc do dịch thì đăng ký nhận hỗ trợ ở đâu?",
                            "SUPPORT_POLICY", "LA_GI", Instant.parse("2025-06-03T01:15:30Z"), 3), AT);
            case ESCALATION_DUE_SOON -> EventEnvelope.of(type, ESCALATION_ID,
                    new EscalationDueSoon(ESCALATION_ID, "SO_LDTBXH",
                            "Người lao động tự do ở La Gi mất việc do dịch thì đăng ký nhận hỗ trợ ở đâu?",
                            Instant.parse("2025-06-03T10:00:00Z")), Instant.parse("2025-06-03T06:00:00Z"));
            case ESCALATION_ANSWER_SUBMITTED -> EventEnvelope.of(type, ESCALATION_ID,
                    new EscalationAnswerSubmitted(ESCALATION_ID, "SO_LDTBXH",
                            "Người lao động nộp đơn đề nghị hỗ trợ tại UBND phường, xã nơi cư trú; "
                                    + "UBND thị xã La Gi tổng hợp và gửi Sở Lao động, Thương binh và Xã hội.",
                            "Trần Văn Minh - Phòng Lao động, Việc làm"), AT.plusSeconds(7200));
            case ESCALATION_ANSWERED -> EventEnvelope.of(type, ESCALATION_ID,
                    new EscalationAnswered(ESCALATION_ID, "SO_LDTBXH",
                            "Người lao động tự do ở La Gi mất việc do dịch thì đăng ký nhận hỗ trợ ở đâu?",
                            "Nộp đơn đề nghị hỗ trợ tại UBND phường, xã nơi cư trú.",
                            "SUPPORT_POLICY", "LA_GI",
                            List.of(CALL_ID, "CALL-20250602-000171", "CALL-20250602-000208")),
                    AT.plusSeconds(7200));
            case ESCALATION_OVERDUE -> EventEnvelope.of(type, ESCALATION_ID,
                    new EscalationOverdue(ESCALATION_ID, "SO_CONG_THUONG", Instant.parse("2025-06-03T01:15:30Z")),
                    Instant.parse("2025-06-03T01:16:00Z"));
            case KNOWLEDGE_CHANGED -> EventEnvelope.of(type, ENTRY_ID,
                    new KnowledgeChanged(ENTRY_ID, 4, "PUBLISHED"), AT);
            case KNOWLEDGE_SEARCH_MISSED -> EventEnvelope.of(type, "PRICES_GOODS",
                    new KnowledgeSearchMissed("giá rau củ ở chợ Hàm Tân tăng gấp đôi phản ánh ở đâu", "PRICES_GOODS",
                            "HAM_TAN", AT), AT);
            case DIGEST_GENERATED -> EventEnvelope.of(type, "UBND_LA_GI:2025-06-02",
                    new DigestGenerated("UBND_LA_GI", LocalDate.of(2025, 6, 2), 7,
                            "/api/reports/digests/UBND_LA_GI/2025-06-02"), Instant.parse("2025-06-02T10:00:00Z"));
        };
    }

    /** A call closed without a knowledge entry, unit or recorded question: the nullable fields are null. */
    public static EventEnvelope<CallClosed> droppedCall() {
        return EventEnvelope.of(EventType.CALL_CLOSED, CALL_ID,
                new CallClosed(CALL_ID, "DROPPED", 12, null, null, null, "UNKNOWN", "UNKNOWN", AT), AT);
    }

    /** A search with no topic or locality filter. */
    public static EventEnvelope<KnowledgeSearchMissed> unfilteredSearchMiss() {
        return EventEnvelope.of(EventType.KNOWLEDGE_SEARCH_MISSED, "UNKNOWN",
                new KnowledgeSearchMissed("cách ly tại nhà mấy ngày", null, null, AT), AT);
    }
}
