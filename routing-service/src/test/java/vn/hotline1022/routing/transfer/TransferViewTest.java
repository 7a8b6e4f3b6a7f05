package vn.hotline1022.routing.transfer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.Wire;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The transfer as the console reads it, field for field: what is absent must stay absent (the console tests "next"). */
class TransferViewTest {

    private static Document candidate(String unit, String number, String label, int priority) {
        return new Document("unitCode", unit).append("number", number).append("label", label)
                .append("lineType", "MOBILE").append("priority", priority);
    }

    private static Document transfer(String status) {
        return new Document("_id", "T-1").append("callId", "CALL-1").append("topic", "TRAVEL_TRANSPORT")
                .append("locality", "HAM_TAN").append("operator", "tdv01").append("createdAt", new Date(0))
                .append("status", status).append("planStatus", "READY").append("reason", "Giao thông")
                .append("candidates", List.of(candidate("SO_GTVT", "0913680916", "Đường dây nóng", 1),
                        candidate("SO_GTVT", "0913222333", "Phó phòng", 2)))
                .append("cooling", List.of(candidate("SO_GTVT", "0916769841", "Cũ", 3)))
                .append("skipped", List.of(new Document("unitCode", "UBND_HAM_TAN").append("reason", null)))
                .append("attempts", new ArrayList<>(List.of(new Document("n", 1).append("number", "0913680916")
                        .append("unitCode", "SO_GTVT").append("outcome", "BUSY").append("by", "tdv01")
                        .append("at", new Date(0)))))
                .append("attemptCount", 1).append("unitCode", "SO_GTVT").append("unitName", "Sở GTVT");
    }

    /** The fixture's plan as every view of T-1 shows it: numbers in the directory's display format. */
    private static final String PLAN_OF_T1 = """
            "candidates":[{"unitCode":"SO_GTVT","number":"0913.680.916","label":"Đường dây nóng","lineType":"MOBILE","priority":1},
                          {"unitCode":"SO_GTVT","number":"0913.222.333","label":"Phó phòng","lineType":"MOBILE","priority":2}],
             "cooling":[{"unitCode":"SO_GTVT","number":"0916.769.841","label":"Cũ"}],
             "skippedUnits":[{"unitCode":"UBND_HAM_TAN","reason":null}],
             "attempts":[{"n":1,"number":"0913.680.916","unitCode":"SO_GTVT","outcome":"BUSY"}]""";

    @Test
    void inProgressOffersTheNextUntriedNumberAndNoWayOut() {
        assertThat(Wire.of(TransferView.of(TransferDocuments.toTransfer(transfer("IN_PROGRESS"))))).isEqualTo(Wire.parse("""
                {"callId":"CALL-1","status":"IN_PROGRESS","unitCode":"SO_GTVT","unitName":"Sở GTVT","reason":"Giao thông",
                 "id":"T-1",
                 %s,
                 "wrongUnits":[],
                 "next":{"unitCode":"SO_GTVT","number":"0913.222.333","label":"Phó phòng","lineType":"MOBILE","priority":2}}
                """.formatted(PLAN_OF_T1)));
    }

    @Test
    void allFailedAtTheWrongUnitSaysSoAndOffersEscalation() {
        Document t = transfer("ALL_FAILED").append("wrongUnits", List.of("SO_GTVT"));
        assertThat(Wire.of(TransferView.of(TransferDocuments.toTransfer(t)))).isEqualTo(Wire.parse("""
                {"callId":"CALL-1","status":"ALL_FAILED","unitCode":"SO_GTVT","unitName":"Sở GTVT","reason":"Giao thông",
                 "id":"T-1",
                 %s,
                 "wrongUnits":["SO_GTVT"],
                 "message":"Đơn vị phụ trách theo quy tắc không phải đơn vị đúng và không còn đơn vị nào khác. Chọn đơn vị nhận kiến nghị trong danh bạ.",
                 "escalate":{"method":"POST","href":"/api/transfers/T-1/escalate"}}
                """.formatted(PLAN_OF_T1)));
    }

    @Test
    void escalatedCarriesItsEscalationAndNothingToDo() {
        Document t = transfer("ESCALATED").append("escalationId", "E-1");
        assertThat(Wire.of(TransferView.of(TransferDocuments.toTransfer(t)))).isEqualTo(Wire.parse("""
                {"callId":"CALL-1","status":"ESCALATED","unitCode":"SO_GTVT","unitName":"Sở GTVT","reason":"Giao thông",
                 "escalationId":"E-1","id":"T-1",
                 %s,
                 "wrongUnits":[]}
                """.formatted(PLAN_OF_T1)));
    }

    @Test
    void notTransferableGivesTheAlternativeAndNoListsItNeverHad() {
        Document t = new Document("_id", "T-2").append("callId", "CALL-2").append("status", "NOT_TRANSFERABLE")
                .append("reason", "Không chuyển máy").append("unitCode", "SO_YT").append("unitName", "Sở Y tế")
                .append("alternative", "Gọi 1900");
        assertThat(Wire.of(TransferView.of(TransferDocuments.toTransfer(t)))).isEqualTo(Wire.parse("""
                {"callId":"CALL-2","status":"NOT_TRANSFERABLE","unitCode":"SO_YT","unitName":"Sở Y tế",
                 "reason":"Không chuyển máy","alternative":"Gọi 1900","id":"T-2",
                 "candidates":[],"cooling":[],"skippedUnits":[],"attempts":[],"wrongUnits":[],
                 "message":"Không chuyển được cuộc gọi. Trả lời từ cơ sở tri thức hoặc chuyển kiến nghị lên đơn vị.",
                 "escalate":{"method":"POST","href":"/api/transfers/T-2/escalate"}}
                """));
    }
}
