package vn.hotline1022.routing.escalation;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.Wire;

import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An escalation as units, supervisors and operators read it: the stored fields that are set, each history line
 * as written, the calls without their internals; nothing of the outbox, callbacks or merge bookkeeping.
 */
class EscalationViewTest {

    private static final Date T0 = new Date(1_630_000_000_000L);
    private static final Date T1 = new Date(1_630_000_060_123L);

    private static Document open() {
        return new Document("_id", "E-1").append("unitCode", "SO_GTVT").append("topic", "TRAVEL_TRANSPORT")
                .append("locality", "HAM_TAN").append("question", "Xe tải cần giấy tờ gì?").append("status", "OPEN")
                .append("createdAt", T0).append("dueAt", T1)
                .append("calls", List.of(new Document("callId", "CALL-1").append("question", "Xe tải?")
                        .append("askedAt", T0).append("source", "intake:CALL-1:1").append("questionNo", 2)))
                .append("callCount", 1)
                .append("history", List.of(EscalationDocuments.history("RAISED", "routing-service", T0.toInstant())
                        .append("unitCode", "SO_GTVT")))
                .append("outbox", List.of(new Document("id", "ev-1")));
    }

    @Test
    void anOpenEscalationShowsOnlyWhatIsSet() {
        assertThat(Wire.of(EscalationView.of(EscalationDocuments.toEscalation(open())))).isEqualTo(Wire.parse("""
                {"id":"E-1","unitCode":"SO_GTVT","topic":"TRAVEL_TRANSPORT","locality":"HAM_TAN",
                 "question":"Xe tải cần giấy tờ gì?","status":"OPEN",
                 "createdAt":"2021-08-26T17:46:40.000Z","dueAt":"2021-08-26T17:47:40.123Z","callCount":1,
                 "history":[{"at":"2021-08-26T17:46:40.000Z","action":"RAISED","by":"routing-service","unitCode":"SO_GTVT"}],
                 "calls":[{"callId":"CALL-1","question":"Xe tải?","askedAt":"2021-08-26T17:46:40.000Z"}]}
                """));
    }

    @Test
    void anAnsweredMovedEscalationShowsItsAnswerAndEveryKindOfHistoryLine() {
        Document e = open().append("status", "ANSWERED").append("answer", "Cần giấy đi đường").append("answeredBy", "so-gtvt")
                .append("answeredAt", T1).append("answerEventId", null).append("overdueNotified", false)
                .append("callbacks", List.of(new Document("callId", "CALL-1").append("done", false)))
                .append("callbacksPending", true).append("mergedFrom", List.of("E-0"))
                .append("splits", List.of(new Document("into", "E-3").append("applied", true)))
                .append("history", List.of(
                        EscalationDocuments.history("RAISED", "routing-service", T0.toInstant()).append("unitCode", "SO_YT"),
                        EscalationDocuments.history("REASSIGNED", "gs01", T0.toInstant()).append("from", "SO_YT")
                                .append("to", "SO_GTVT").append("reason", "Sai đơn vị"),
                        EscalationDocuments.history("MERGED_FROM", "gs01", T0.toInstant()).append("from", "E-0")
                                .append("callIds", List.of("CALL-0")),
                        EscalationDocuments.history("SPLIT", "gs01", T0.toInstant()).append("into", "E-3")
                                .append("callIds", List.of("CALL-3")),
                        EscalationDocuments.history("ANSWERED", "so-gtvt", T1.toInstant())));
        assertThat(Wire.of(EscalationView.of(EscalationDocuments.toEscalation(e)))).isEqualTo(Wire.parse("""
                {"id":"E-1","unitCode":"SO_GTVT","topic":"TRAVEL_TRANSPORT","locality":"HAM_TAN",
                 "question":"Xe tải cần giấy tờ gì?","status":"ANSWERED",
                 "createdAt":"2021-08-26T17:46:40.000Z","dueAt":"2021-08-26T17:47:40.123Z","callCount":1,
                 "answer":"Cần giấy đi đường","answeredBy":"so-gtvt","answeredAt":"2021-08-26T17:47:40.123Z",
                 "overdueNotified":false,
                 "history":[{"at":"2021-08-26T17:46:40.000Z","action":"RAISED","by":"routing-service","unitCode":"SO_YT"},
                            {"at":"2021-08-26T17:46:40.000Z","action":"REASSIGNED","by":"gs01","from":"SO_YT","to":"SO_GTVT","reason":"Sai đơn vị"},
                            {"at":"2021-08-26T17:46:40.000Z","action":"MERGED_FROM","by":"gs01","from":"E-0","callIds":["CALL-0"]},
                            {"at":"2021-08-26T17:46:40.000Z","action":"SPLIT","by":"gs01","into":"E-3","callIds":["CALL-3"]},
                            {"at":"2021-08-26T17:47:40.123Z","action":"ANSWERED","by":"so-gtvt"}],
                 "calls":[{"callId":"CALL-1","question":"Xe tải?","askedAt":"2021-08-26T17:46:40.000Z"}]}
                """));
    }

    @Test
    void aMergedEscalationPointsToItsTargetAndItsAbortedMergeSaysWhy() {
        Document e = open().append("status", "MERGED").append("mergedInto", "E-9").append("mergePending", true)
                .append("mergedBy", "gs01").append("history", List.of(
                        EscalationDocuments.history("MERGED_INTO", "gs01", T0.toInstant()).append("into", "E-9"),
                        EscalationDocuments.history("MERGE_ABORTED", "routing-service", T0.toInstant()).append("into", "E-9")
                                .append("reason", "ANSWERED")));
        assertThat(Wire.of(EscalationView.of(EscalationDocuments.toEscalation(e)))).isEqualTo(Wire.parse("""
                {"id":"E-1","unitCode":"SO_GTVT","topic":"TRAVEL_TRANSPORT","locality":"HAM_TAN",
                 "question":"Xe tải cần giấy tờ gì?","status":"MERGED","mergedInto":"E-9",
                 "createdAt":"2021-08-26T17:46:40.000Z","dueAt":"2021-08-26T17:47:40.123Z","callCount":1,
                 "history":[{"at":"2021-08-26T17:46:40.000Z","action":"MERGED_INTO","by":"gs01","into":"E-9"},
                            {"at":"2021-08-26T17:46:40.000Z","action":"MERGE_ABORTED","by":"routing-service","into":"E-9","reason":"ANSWERED"}],
                 "calls":[{"callId":"CALL-1","question":"Xe tải?","askedAt":"2021-08-26T17:46:40.000Z"}]}
                """));
    }
}
